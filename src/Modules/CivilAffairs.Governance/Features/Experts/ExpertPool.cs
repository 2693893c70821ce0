using System.Globalization;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Features.Experts;

/// <summary>The expert pool and consultations on major decisions; a conflicted expert cannot take part.</summary>
internal sealed class ExpertPool(GovernanceDb db, ParameterStore parameters, ICurrentUser user, TimeProvider clock, Numbers numbers)
{
    public async Task<IReadOnlyList<ExpertView>> ExpertsAsync(string? q, CancellationToken ct)
    {
        var experts = await db.Experts.AsNoTracking().OrderBy(e => e.Name).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            experts = experts.Where(e => e.Name.Contains(t, StringComparison.Ordinal) || e.Fields.Contains(t, StringComparison.Ordinal) || e.Employer.Contains(t, StringComparison.Ordinal)).ToList();
        }
        var conflicts = (await db.ExpertConflicts.AsNoTracking().OrderBy(c => c.RecordedOn).ToListAsync(ct)).ToLookup(c => c.ExpertId);
        var counts = await db.ConsultationExperts.AsNoTracking().GroupBy(c => c.ExpertId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return experts.Select(e => new ExpertView(e.Id, e.Name, e.Employer, e.Title, e.Fields, Masking.Phone(e.Phone), e.Active,
            conflicts[e.Id].Select(Conflict).ToList(), counts.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<ExpertView> AddExpertAsync(ExpertRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        Text(errors, "name", r.Name, "请填写专家姓名", 32);
        Text(errors, "employer", r.Employer, "请填写工作单位", 100);
        Text(errors, "title", r.Title, "请填写职称或职务", 50);
        Text(errors, "fields", r.Fields, "请填写专业领域（多个用、分隔）", 200);
        var phone = (r.Phone ?? "").Trim();
        if (phone.Length > 0 && (phone.Length is < 7 or > 20 || !phone.All(c => char.IsDigit(c) || c == '-')))
        {
            errors.Add("phone", "联系电话只能包含数字和连字符");
        }
        errors.ThrowIfAny();
        var e = new Expert
        {
            Name = r.Name!.Trim(), Employer = r.Employer!.Trim(), Title = r.Title!.Trim(), Fields = string.Join("、", ExpertRules.Split(r.Fields)),
            Phone = phone.Length == 0 ? null : phone, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Experts.Add(e);
        await db.SaveChangesAsync(ct);
        return new ExpertView(e.Id, e.Name, e.Employer, e.Title, e.Fields, Masking.Phone(e.Phone), true, [], 0);
    }

    public async Task<ConflictView> AddConflictAsync(Guid expertId, ConflictRequest r, CancellationToken ct)
    {
        RequireManage();
        _ = await db.Experts.FirstOrDefaultAsync(e => e.Id == expertId, ct) ?? throw new NotFoundException("专家不存在");
        var errors = new FieldErrors();
        Text(errors, "party", r.Party, "请填写存在利害关系的单位或当事方", 100);
        Text(errors, "reason", r.Reason, "请填写利害关系（如任职、亲属、合作项目）", 300);
        if (!Enum.TryParse<ConflictSource>(r.Source, true, out var source) || !Enum.IsDefined(source))
        {
            errors.Add("source", "请选择本人申报或核查发现");
        }
        if (r.RecordedOn is null || r.RecordedOn > ChinaTime.Today(clock))
        {
            errors.Add("recordedOn", "请填写登记日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        var c = new ExpertConflict
        {
            ExpertId = expertId, Party = r.Party!.Trim(), Reason = r.Reason!.Trim(), Source = source, RecordedOn = r.RecordedOn!.Value, RecordedBy = user.UserName,
        };
        db.ExpertConflicts.Add(c);
        await db.SaveChangesAsync(ct);
        return Conflict(c);
    }

    public async Task<IReadOnlyList<ConsultationRow>> ConsultationsAsync(CancellationToken ct) =>
        (await db.Consultations.AsNoTracking().Include(c => c.Experts).OrderByDescending(c => c.HeldOn).ToListAsync(ct)).Select(Row).ToList();

    public async Task<ConsultationDetail> ConsultationAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Consultations.AsNoTracking().Include(x => x.Experts).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("论证事项不存在");
        var ids = c.Experts.Select(x => x.ExpertId).ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var conflicts = (await db.ExpertConflicts.AsNoTracking().Where(x => ids.Contains(x.ExpertId)).ToListAsync(ct)).ToLookup(x => x.ExpertId);
        var min = await MinimumAsync(c.HeldOn, ct);
        var invited = c.Experts.Select(x => new InvitationView(x.ExpertId, experts[x.ExpertId].Name, experts[x.ExpertId].Employer, experts[x.ExpertId].Title, x.Opinion,
            ExpertRules.Conflicting(conflicts[x.ExpertId], c.Parties, c.Topic).Select(k => k.Party).ToList())).OrderBy(x => x.Name).ToList();
        return new ConsultationDetail(Row(c), c.Conclusion, c.ConcludedOn, c.RuleUsed, int.Parse(min.Value, CultureInfo.InvariantCulture), min.LegalBasis, invited);
    }

    public async Task<ConsultationDetail> CreateConsultationAsync(ConsultationRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        Text(errors, "topic", r.Topic, "请填写论证事项", 200);
        if ((r.Parties ?? "").Length > 300)
        {
            errors.Add("parties", "利害关系方不能超过300字");
        }
        if (r.HeldOn is null)
        {
            errors.Add("heldOn", "请填写论证日期");
        }
        errors.ThrowIfAny();
        var c = new Consultation
        {
            Number = await numbers.NextAsync("ZJLZ", r.HeldOn!.Value.Year, ct), Topic = r.Topic!.Trim(), Parties = string.Join("、", ExpertRules.Split(r.Parties)),
            HeldOn = r.HeldOn.Value, Status = ConsultationStatus.Open, CreatedBy = user.UserName,
        };
        db.Consultations.Add(c);
        await db.SaveChangesAsync(ct);
        return await ConsultationAsync(c.Id, ct);
    }

    /// <summary>Invites an expert; one with a conflict touching the consultation's parties or topic is refused (409).</summary>
    public async Task<ConsultationDetail> InviteAsync(Guid id, InviteRequest r, CancellationToken ct)
    {
        RequireManage();
        var c = await OpenAsync(id, ct);
        var expert = r.ExpertId is { } eid ? await db.Experts.FirstOrDefaultAsync(e => e.Id == eid, ct) : null;
        if (expert is null)
        {
            throw new FieldValidationException("expertId", "请选择专家库中的专家");
        }
        if (!expert.Active)
        {
            throw new BusinessRuleException($"专家{expert.Name}已停用，不能邀请");
        }
        if (c.Experts.Any(x => x.ExpertId == expert.Id))
        {
            throw new BusinessRuleException($"专家{expert.Name}已在邀请名单中");
        }
        var conflicts = ExpertRules.Conflicting(await db.ExpertConflicts.Where(x => x.ExpertId == expert.Id).ToListAsync(ct), c.Parties, c.Topic);
        if (conflicts.Count > 0)
        {
            throw new BusinessRuleException($"专家{expert.Name}与“{conflicts[0].Party}”存在利害关系（{conflicts[0].Reason}），应当回避，不能邀请");
        }
        c.Version++;
        db.ConsultationExperts.Add(new ConsultationExpert { ConsultationId = c.Id, ExpertId = expert.Id, InvitedBy = user.UserName });
        await db.SaveChangesAsync(ct);
        return await ConsultationAsync(id, ct);
    }

    public async Task<ConsultationDetail> OpinionAsync(Guid id, OpinionRequest r, CancellationToken ct)
    {
        RequireManage();
        var c = await OpenAsync(id, ct);
        var inv = c.Experts.FirstOrDefault(x => x.ExpertId == r.ExpertId) ?? throw new FieldValidationException("expertId", "该专家不在邀请名单中");
        var text = (r.Opinion ?? "").Trim();
        if (text.Length is 0 or > 2000)
        {
            throw new FieldValidationException("opinion", "请填写专家意见（不超过2000字）");
        }
        c.Version++;
        inv.Opinion = text;
        await db.SaveChangesAsync(ct);
        return await ConsultationAsync(id, ct);
    }

    /// <summary>Concludes: at least the minimum number of opinions (parameter recorded), and no invited expert conflicted by then.</summary>
    public async Task<ConsultationDetail> ConcludeAsync(Guid id, ConcludeRequest r, CancellationToken ct)
    {
        RequireManage();
        var c = await OpenAsync(id, ct);
        var errors = new FieldErrors();
        Text(errors, "conclusion", r.Conclusion, "请填写论证结论", 4000);
        if (r.ConcludedOn is null || r.ConcludedOn < c.HeldOn || r.ConcludedOn > ChinaTime.Today(clock))
        {
            errors.Add("concludedOn", "结论日期须在论证日期与今天之间");
        }
        errors.ThrowIfAny();
        var min = await MinimumAsync(c.HeldOn, ct);
        var minimum = int.Parse(min.Value, CultureInfo.InvariantCulture);
        var opinions = c.Experts.Count(x => x.Opinion is not null);
        if (!ExpertRules.EnoughOpinions(opinions, minimum))
        {
            throw new BusinessRuleException($"已有{opinions}位专家出具意见，少于最低人数{minimum}人（{min.LegalBasis}），不能形成论证结论");
        }
        var ids = c.Experts.Select(x => x.ExpertId).ToList();
        var conflicted = ExpertRules.Conflicting(await db.ExpertConflicts.Where(x => ids.Contains(x.ExpertId)).ToListAsync(ct), c.Parties, c.Topic);
        if (conflicted.Count > 0)
        {
            var name = (await db.Experts.FirstAsync(e => e.Id == conflicted[0].ExpertId, ct)).Name;
            throw new BusinessRuleException($"受邀专家{name}与“{conflicted[0].Party}”存在利害关系，其意见不能作为论证依据，请另行邀请专家");
        }
        c.Version++;
        c.Status = ConsultationStatus.Concluded;
        c.Conclusion = r.Conclusion!.Trim();
        c.ConcludedOn = r.ConcludedOn;
        c.RuleUsed = $"最少专家{min.Value}人，{min.ValidFrom:yyyy-MM-dd}起（{min.LegalBasis}）";
        await db.SaveChangesAsync(ct);
        return await ConsultationAsync(id, ct);
    }

    private async Task<Consultation> OpenAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Consultations.Include(x => x.Experts).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("论证事项不存在");
        return c.Status == ConsultationStatus.Open ? c : throw new BusinessRuleException("论证已形成结论，不能再修改");
    }

    private async Task<Parameter> MinimumAsync(DateOnly on, CancellationToken ct) =>
        await parameters.FindAsync(GovernanceParameters.MinExpertsPerConsultation, on, "4403", ct) ?? throw new BusinessRuleException("最少专家人数参数未设置");

    private static ConflictView Conflict(ExpertConflict c) =>
        new(c.Id, c.Party, c.Reason, c.Source.ToString(), c.Source == ConflictSource.Declared ? "本人申报" : "核查发现", c.RecordedOn, c.RecordedBy);

    private static ConsultationRow Row(Consultation c) =>
        new(c.Id, c.Number, c.Topic, c.Parties, c.HeldOn, c.Status.ToString(), c.Status == ConsultationStatus.Open ? "论证中" : "已形成结论",
            c.Experts.Count, c.Experts.Count(x => x.Opinion is not null));

    private static void Text(FieldErrors errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(field, $"不能超过{max}个字");
        }
    }

    private void RequireManage()
    {
        if (!user.Has(Permissions.GovernanceManage))
        {
            throw new ForbiddenException("只有机关办公室可以管理专家库和论证事项");
        }
    }
}
