using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using CivilAffairs.Registry.Features.Divisions;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>区划调整方案: 调研 → 风险评估 → 征求意见 → 报批 → 批复 → 实施; 实施 writes the division history.</summary>
internal sealed class DivisionProposals(RegistryDb db, BoundaryAccess access, ReferenceCache<(string Code, DateOnly Day), DivisionView> divisionCache)
{
    public async Task<ProposalList> ListAsync(ProposalQuery q, CancellationToken ct)
    {
        var all = await db.DivisionProposals.AsNoTracking().Include(p => p.Divisions).Include(p => p.Risks).Include(p => p.StageRecords).AsSplitQuery()
            .OrderByDescending(p => p.Number).ToListAsync(ct);
        var byStage = all.GroupBy(p => p.Stage).ToDictionary(g => g.Key, g => g.Count());
        var rows = all.Where(p => string.IsNullOrWhiteSpace(q.Stage) || p.Stage == q.Stage)
            .Where(p => string.IsNullOrWhiteSpace(q.Kind) || p.Kind == q.Kind)
            .Where(p => string.IsNullOrWhiteSpace(q.Q) || p.Title.Contains(q.Q.Trim(), StringComparison.Ordinal) || p.Number.Contains(q.Q.Trim(), StringComparison.Ordinal)
                || p.Divisions.Any(d => d.Code.StartsWith(q.Q.Trim(), StringComparison.Ordinal) || d.Name.Contains(q.Q.Trim(), StringComparison.Ordinal)))
            .Select(p => new ProposalRow(p.Id, p.Number, p.Kind, p.Title, p.Proposer, p.Stage, p.StageRecords.Count == 0 ? null : p.StageRecords.Max(s => s.Date),
                string.Join("、", p.Divisions.OrderBy(d => d.Seq).Select(d => d.Name)), p.Risks.Count, p.Risks.Count(r => r.Level == "高"), p.ApprovalDocNo))
            .ToList();
        return new ProposalList(rows.Count, byStage, rows);
    }

    public async Task<ProposalDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        var applied = new List<string>();
        if (!string.IsNullOrEmpty(p.AppliedChangeIds))
        {
            var ids = p.AppliedChangeIds.Split(',').Select(Guid.Parse).ToList();
            applied = await db.DivisionChanges.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.NewCode)
                .Select(c => c.EffectiveDate.ToString("yyyy-MM-dd") + " " + c.Kind + "：" + c.Description).ToListAsync(ct);
        }
        return new ProposalDetail(p.Id, p.Number, p.Kind, p.Title, p.Proposer, p.Reasons, p.Stage, BoundaryRules.NextStage(p.Stage),
            p.ApprovalAuthority, p.ApprovalDocNo, p.ApprovalDate, p.ImplementedOn, p.TerminatedReason,
            p.Divisions.OrderBy(d => d.Seq).Select(d => new ProposalDivisionView(d.Code, d.Name, d.NewCode, d.NewName, d.NewParentCode)).ToList(),
            p.StageRecords.OrderBy(s => s.Date).ThenBy(s => Array.IndexOf(ProposalStages.Order, s.Stage)).Select(s => new ProposalStageView(s.Stage, s.Date, s.Note, s.RecordedBy)).ToList(),
            p.Risks.OrderBy(r => r.Seq).Select(r => new ProposalRiskView(r.Id, r.Description, r.Level, r.Mitigation)).ToList(),
            applied, BoundaryRules.RisksEditable(p.Stage), access.CanManage);
    }

    public async Task<ProposalDetail> CreateAsync(ProposalCreateRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var errors = new FieldErrors();
        var today = access.Today;
        var kind = r.Kind?.Trim() ?? "";
        if (!ProposalKinds.All.Contains(kind)) { errors.Add("kind", "请选择调整类型"); }
        if (string.IsNullOrWhiteSpace(r.Title)) { errors.Add("title", "请填写方案名称"); }
        if (string.IsNullOrWhiteSpace(r.Proposer)) { errors.Add("proposer", "请填写提出单位"); }
        if (string.IsNullOrWhiteSpace(r.Reasons)) { errors.Add("reasons", "请填写调整理由"); }
        var started = r.StartedOn ?? today;
        if (started > today) { errors.Add("startedOn", "调研开始日期不能晚于今天"); }
        var items = new List<ProposalDivision>();
        if (r.Divisions.Count == 0) { errors.Add("divisions", "请至少填写一个涉及的区划"); }
        foreach (var (input, i) in r.Divisions.Select((d, i) => (d, i)))
        {
            var problem = await CheckDivisionAsync(kind, input, today, ct);
            if (problem.Error is not null)
            {
                errors.Add("divisions", $"第{i + 1}项：{problem.Error}");
                continue;
            }
            items.Add(new ProposalDivision
            {
                Code = problem.Code!, Name = problem.Name!, NewName = Blank(input.NewName), NewCode = DivisionCodesOrNull(input.NewCode),
                NewParentCode = DivisionCodesOrNull(input.NewParentCode), Seq = i,
            });
        }
        var scope = await access.ScopeForNewAsync(items.SelectMany(d => new[] { d.Code, d.NewParentCode ?? d.Code }), "divisions", errors, ct);
        errors.ThrowIfAny();
        var p = new DivisionProposal
        {
            Number = await NumberCounters.NextAsync(db.Counters, "QH", started.Year, ct), Kind = kind, Title = r.Title!.Trim(), Proposer = r.Proposer!.Trim(),
            Reasons = r.Reasons!.Trim(), ScopeCodes = scope, CreatedBy = access.UserName, Divisions = items,
            StageRecords = [new ProposalStageRecord { Stage = ProposalStages.Research, Date = started, Note = "立项调研", RecordedBy = access.UserName }],
        };
        db.DivisionProposals.Add(p);
        await db.SaveChangesAsync(ct);
        return await GetAsync(p.Id, ct);
    }

    public async Task<ProposalDetail> AddRiskAsync(Guid id, ProposalRiskRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var p = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Description)) { errors.Add("description", "请填写风险点"); }
        if (!RiskLevels.All.Contains(r.Level?.Trim())) { errors.Add("level", "风险等级应为高、中或低"); }
        if (string.IsNullOrWhiteSpace(r.Mitigation)) { errors.Add("mitigation", "请填写防范化解措施"); }
        errors.ThrowIfAny();
        if (!BoundaryRules.RisksEditable(p.Stage))
        {
            throw new BusinessRuleException($"方案已进入“{p.Stage}”阶段，风险评估不能再修改");
        }
        db.Add(new ProposalRisk { ProposalId = p.Id, Description = r.Description!.Trim(), Level = r.Level!.Trim(), Mitigation = r.Mitigation!.Trim(), Seq = p.Risks.Count });
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProposalDetail> AdvanceAsync(Guid id, ProposalAdvanceRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var p = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Stage)) { errors.Add("stage", "请选择要进入的阶段"); }
        if (r.Date is null) { errors.Add("date", "请填写阶段日期"); }
        errors.ThrowIfAny();
        var docNo = Blank(r.ApprovalDocNo) ?? p.ApprovalDocNo;
        var docDate = r.ApprovalDate ?? p.ApprovalDate;
        var problem = BoundaryRules.AdvanceProblem(p.Stage, r.Stage!.Trim(), r.Date!.Value, p.StageRecords.Count == 0 ? null : p.StageRecords.Max(s => s.Date),
            access.Today, p.Risks.Count, docNo, docDate);
        if (problem is not null)
        {
            throw new BusinessRuleException(problem);
        }
        var stage = r.Stage!.Trim();
        if (stage == ProposalStages.Approved)
        {
            p.ApprovalDocNo = docNo;
            p.ApprovalDate = docDate;
            p.ApprovalAuthority = Blank(r.ApprovalAuthority) ?? p.ApprovalAuthority;
        }
        if (stage == ProposalStages.Implemented)
        {
            var changes = await ApplyAsync(p, r.Date!.Value, ct);
            p.ImplementedOn = r.Date;
            p.AppliedChangeIds = string.Join(",", changes.Select(c => c.Id));
        }
        p.Stage = stage;
        p.Version++;
        db.Add(new ProposalStageRecord { ProposalId = p.Id, Stage = stage, Date = r.Date!.Value, Note = Blank(r.Note), RecordedBy = access.UserName });
        await db.SaveChangesAsync(ct);
        if (stage == ProposalStages.Implemented)
        {
            // lookups cached before the change would still show the old division
            divisionCache.Invalidate();
        }
        return await GetAsync(id, ct);
    }

    public async Task<ProposalDetail> TerminateAsync(Guid id, ProposalTerminateRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var p = await LoadAsync(id, ct);
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写终止理由");
        }
        if (p.Stage is ProposalStages.Implemented or ProposalStages.Terminated)
        {
            throw new BusinessRuleException($"方案已{p.Stage}，不能终止");
        }
        var date = r.Date ?? access.Today;
        p.Stage = ProposalStages.Terminated;
        p.TerminatedReason = r.Reason.Trim();
        p.Version++;
        db.Add(new ProposalStageRecord { ProposalId = p.Id, Stage = ProposalStages.Terminated, Date = date, Note = p.TerminatedReason, RecordedBy = access.UserName });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Writes the approved change into the division history: the old row ends the day before, the new one starts on the day.</summary>
    private async Task<List<DivisionChange>> ApplyAsync(DivisionProposal p, DateOnly date, CancellationToken ct)
    {
        var basis = $"{p.ApprovalAuthority}{(p.ApprovalAuthority is null ? "" : " ")}{p.ApprovalDocNo}（{p.ApprovalDate:yyyy-MM-dd}）；区划调整方案 {p.Number}";
        var changes = new List<DivisionChange>();
        foreach (var d in p.Divisions.OrderBy(d => d.Seq))
        {
            var current = await access.DivisionAsync(d.Code, date, ct);
            if (p.Kind == ProposalKinds.Establish)
            {
                if (current is not null)
                {
                    throw new BusinessRuleException($"区划代码 {d.Code} 在 {date:yyyy-MM-dd} 已在使用，不能设立");
                }
                var parent = await access.DivisionAsync(d.NewParentCode, date, ct)
                    ?? throw new BusinessRuleException($"上级区划 {d.NewParentCode} 在 {date:yyyy-MM-dd} 不存在");
                db.Divisions.Add(new Division { Code = d.Code, Name = d.NewName ?? d.Name, Level = parent.Level + 1, ParentCode = parent.Code, ValidFrom = date });
                changes.Add(Change(p, date, d.Code, null, d.NewParentCode, d.NewName ?? d.Name, $"设立{d.NewName ?? d.Name}（{d.Code}），隶属{parent.Name}", basis));
                continue;
            }
            if (current is null)
            {
                throw new BusinessRuleException($"区划 {d.Name}（{d.Code}）在 {date:yyyy-MM-dd} 不存在，无法实施");
            }
            if (p.Kind == ProposalKinds.Abolish)
            {
                current.ValidTo = date.AddDays(-1);
                changes.Add(Change(p, date, null, d.Code, null, current.Name, $"撤销{current.Name}（{d.Code}）", basis, current.ParentCode));
                continue;
            }
            var newCode = d.NewCode ?? current.Code;
            var newName = d.NewName ?? current.Name;
            var newParent = d.NewParentCode ?? current.ParentCode;
            if (newCode == current.Code && newName == current.Name && newParent == current.ParentCode)
            {
                // 驻地迁移 and the like: the division itself stays as it is; the change is recorded
                changes.Add(Change(p, date, current.Code, current.Code, newParent, current.Name, $"{current.Name}{p.Kind}", basis, current.ParentCode));
                continue;
            }
            if (current.ValidFrom == date)
            {
                throw new BusinessRuleException($"{current.Name} 在 {date:yyyy-MM-dd} 刚有一次调整生效，请另选实施日期");
            }
            current.ValidTo = date.AddDays(-1);
            db.Divisions.Add(new Division { Code = newCode, Name = newName, Level = current.Level, ParentCode = newParent, ValidFrom = date, IsSpecialUnit = current.IsSpecialUnit });
            var what = string.Join("，", new[]
            {
                newName != current.Name ? $"更名为{newName}" : null,
                newCode != current.Code ? $"代码由{current.Code}调整为{newCode}" : null,
                newParent != current.ParentCode ? $"隶属由{current.ParentCode}变更为{newParent}" : null,
            }.OfType<string>());
            changes.Add(Change(p, date, newCode, current.Code, newParent, newName, $"{current.Name}{what}", basis, current.ParentCode));
        }
        db.DivisionChanges.AddRange(changes);
        return changes;
    }

    private static DivisionChange Change(DivisionProposal p, DateOnly date, string? newCode, string? oldCode, string? newParent, string name, string description, string basis, string? oldParent = null) =>
        new()
        {
            EffectiveDate = date, Kind = p.Kind, NewCode = newCode, OldCode = oldCode, NewParentCode = newParent, OldParentCode = oldParent,
            Name = name, Description = description.Length > 500 ? description[..500] : description, LegalBasis = basis.Length > 250 ? basis[..250] : basis,
        };

    private async Task<(string? Code, string? Name, string? Error)> CheckDivisionAsync(string kind, ProposalDivisionInput input, DateOnly today, CancellationToken ct)
    {
        var code = DivisionCodesOrNull(input.Code);
        if (code is null)
        {
            return (null, null, "区划代码无效");
        }
        var current = await access.DivisionAsync(code, today, ct);
        if (kind == ProposalKinds.Establish)
        {
            if (current is not null) { return (null, null, $"代码 {code} 已被{current.Name}使用"); }
            if (Blank(input.NewName) is null) { return (null, null, "设立须填写新区划名称"); }
            if (await access.DivisionAsync(input.NewParentCode, today, ct) is null) { return (null, null, "设立须填写有效的上级区划代码"); }
            return (code, input.NewName!.Trim(), null);
        }
        if (current is null) { return (null, null, $"区划 {code} 不存在或已撤销"); }
        if (kind is ProposalKinds.Rename or ProposalKinds.TownToStreet && Blank(input.NewName) is null) { return (null, null, $"{kind}须填写新名称"); }
        if (kind == ProposalKinds.Transfer && await access.DivisionAsync(input.NewParentCode, today, ct) is null) { return (null, null, "隶属变更须填写有效的新上级区划代码"); }
        if (input.NewCode is { Length: > 0 } && DivisionCodesOrNull(input.NewCode) is null) { return (null, null, "新代码无效"); }
        return (code, current.Name, null);
    }

    private async Task<DivisionProposal> LoadAsync(Guid id, CancellationToken ct) =>
        await db.DivisionProposals.Include(p => p.Divisions).Include(p => p.StageRecords).Include(p => p.Risks).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("区划调整方案不存在或不在您的辖区内");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? DivisionCodesOrNull(string? s) => Platform.Values.DivisionCodes.Normalize(s);
}
