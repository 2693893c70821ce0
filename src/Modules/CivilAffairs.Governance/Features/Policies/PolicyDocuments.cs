using System.Globalization;
using System.Text.RegularExpressions;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Features.Policies;

/// <summary>The register of policy and normative documents: search, record, publish, repeal; statuses computed on read.</summary>
internal sealed partial class PolicyDocuments(GovernanceDb db, ParameterStore parameters, ICurrentUser user, TimeProvider clock)
{
    [GeneratedRegex(@"^\S{1,20}〔\d{4}〕\d{1,4}号$")]
    private static partial Regex NumberFormat();

    public async Task<PolicyList> ListAsync(PolicyQuery q, CancellationToken ct)
    {
        var (rows, used) = await RowsAsync(q.Q, ct);
        var counts = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        var reviewDue = rows.Count(r => r.ReviewDue);
        IEnumerable<PolicyRow> items = rows;
        if (!string.IsNullOrWhiteSpace(q.Kind))
        {
            items = items.Where(r => r.Kind == q.Kind);
        }
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            items = items.Where(r => r.Status == q.Status);
        }
        if (q.ReviewDue == true)
        {
            items = items.Where(r => r.ReviewDue);
        }
        return new PolicyList(items.ToList(), counts, reviewDue, used);
    }

    public async Task<PolicyDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var d = await db.PolicyDocuments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("文件不存在");
        var (rows, _) = await RowsAsync(null, ct);
        var row = rows.Single(r => r.Id == id);
        var old = d.SupersedesId is { } sid ? await db.PolicyDocuments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == sid, ct) : null;
        var citing = (await parameters.CitingAsync(d.Number, ct))
            .Select(p => new CitingParameter(p.Key, parameters.Definition(p.Key)?.DisplayName ?? p.Key, p.DivisionCode, p.Value, p.ValidFrom, p.ValidTo, p.CreatedBy))
            .ToList();
        return new PolicyDetail(row, d.SignedOn, d.RepealedOn, d.RepealReason, d.FullText, old?.Number, old?.Title, citing, d.CreatedBy);
    }

    /// <summary>The status of a 文号 today, or null when no such document is registered.</summary>
    public async Task<PolicyRow?> FindByNumberAsync(string number, CancellationToken ct)
    {
        var (rows, _) = await RowsAsync(null, ct);
        return rows.FirstOrDefault(r => r.Number == number.Trim());
    }

    public async Task<PolicyDetail> CreateAsync(PolicyRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        var number = (r.Number ?? "").Trim();
        if (number.Length == 0)
        {
            errors.Add("number", "请填写文号");
        }
        else if (!NumberFormat().IsMatch(number))
        {
            errors.Add("number", "文号格式应为“机关代字〔年份〕序号号”，如 深民规〔2018〕3号");
        }
        else if (await db.PolicyDocuments.AnyAsync(x => x.Number == number, ct))
        {
            errors.Add("number", "该文号已登记");
        }
        Required(errors, "title", r.Title, "请填写文件标题", 200);
        Required(errors, "issuingBody", r.IssuingBody, "请填写发文机关", 100);
        if (!Enum.TryParse<PolicyKind>(r.Kind, true, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "请选择文件类别");
        }
        if (r.SignedOn is { } s && r.PublishedOn is { } p0 && p0 < s)
        {
            errors.Add("publishedOn", "发布日期不能早于签发日期");
        }
        if (r.EffectiveFrom is not null && r.PublishedOn is null)
        {
            errors.Add("publishedOn", "填写施行日期时须同时填写发布日期");
        }
        if (r.ExpiresOn is { } x0 && r.EffectiveFrom is { } f0 && x0 <= f0)
        {
            errors.Add("expiresOn", "有效期截止日须晚于施行日期");
        }
        if ((r.FullText ?? "").Length > 50000)
        {
            errors.Add("fullText", "全文不能超过5万字");
        }
        PolicyDocument? old = null;
        if (!string.IsNullOrWhiteSpace(r.SupersedesNumber))
        {
            var oldNumber = r.SupersedesNumber.Trim();
            old = await db.PolicyDocuments.FirstOrDefaultAsync(x => x.Number == oldNumber, ct);
            if (old is null)
            {
                errors.Add("supersedesNumber", $"政策文件库中没有文号为“{oldNumber}”的文件");
            }
            else if (await db.PolicyDocuments.AnyAsync(x => x.SupersedesId == old.Id, ct))
            {
                errors.Add("supersedesNumber", "该文件已被其他文件修订");
            }
            else if (old.RepealedOn is not null)
            {
                errors.Add("supersedesNumber", "该文件已废止，不能再被修订");
            }
        }
        errors.ThrowIfAny();
        var d = new PolicyDocument
        {
            Number = number, Title = r.Title!.Trim(), IssuingBody = r.IssuingBody!.Trim(), Kind = kind, SignedOn = r.SignedOn, PublishedOn = r.PublishedOn,
            EffectiveFrom = r.EffectiveFrom, ExpiresOn = r.ExpiresOn, SupersedesId = old?.Id, FullText = (r.FullText ?? "").Trim(),
            CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PolicyDocuments.Add(d);
        await db.SaveChangesAsync(ct);
        return await GetAsync(d.Id, ct);
    }

    public async Task<PolicyDetail> PublishAsync(Guid id, PolicyPublishRequest r, CancellationToken ct)
    {
        RequireManage();
        var d = await db.PolicyDocuments.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("文件不存在");
        if (d.PublishedOn is not null)
        {
            throw new BusinessRuleException("文件已发布，不能重复发布");
        }
        var errors = new FieldErrors();
        if (r.PublishedOn is null)
        {
            errors.Add("publishedOn", "请填写发布日期");
        }
        if (r.EffectiveFrom is null)
        {
            errors.Add("effectiveFrom", "请填写施行日期");
        }
        else if (r.PublishedOn is { } p && r.EffectiveFrom < p)
        {
            errors.Add("effectiveFrom", "施行日期不能早于发布日期");
        }
        errors.ThrowIfAny();
        d.Version++;
        d.PublishedOn = r.PublishedOn;
        d.EffectiveFrom = r.EffectiveFrom;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<PolicyDetail> RepealAsync(Guid id, PolicyRepealRequest r, CancellationToken ct)
    {
        RequireManage();
        var d = await db.PolicyDocuments.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("文件不存在");
        if (d.RepealedOn is not null)
        {
            throw new BusinessRuleException("文件已废止");
        }
        var errors = new FieldErrors();
        if (r.RepealedOn is null)
        {
            errors.Add("repealedOn", "请填写废止日期");
        }
        else if (d.EffectiveFrom is { } f && r.RepealedOn < f)
        {
            errors.Add("repealedOn", "废止日期不能早于施行日期");
        }
        Required(errors, "reason", r.Reason, "请填写废止理由（如清理决定文号）", 500);
        errors.ThrowIfAny();
        d.Version++;
        d.RepealedOn = r.RepealedOn;
        d.RepealReason = r.Reason!.Trim();
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<(List<PolicyRow> Rows, List<UsedParameter> Used)> RowsAsync(string? q, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var p = await parameters.FindManyAsync([GovernanceParameters.NormativeValidityYears, GovernanceParameters.ReviewLeadMonths], today, "4403", ct);
        var validity = Int(p, GovernanceParameters.NormativeValidityYears);
        var lead = Int(p, GovernanceParameters.ReviewLeadMonths);
        var all = await db.PolicyDocuments.AsNoTracking().OrderByDescending(x => x.PublishedOn).ThenBy(x => x.Number).ToListAsync(ct);
        var replacements = all.Where(x => x.SupersedesId is not null).ToDictionary(x => x.SupersedesId!.Value);
        var text = q?.Trim();
        var rows = new List<PolicyRow>();
        foreach (var d in all)
        {
            if (!string.IsNullOrEmpty(text) && !d.Number.Contains(text, StringComparison.Ordinal) && !d.Title.Contains(text, StringComparison.Ordinal)
                && !d.FullText.Contains(text, StringComparison.Ordinal) && !d.IssuingBody.Contains(text, StringComparison.Ordinal))
            {
                continue;
            }
            var replacement = replacements.GetValueOrDefault(d.Id);
            var replacedFrom = replacement is { PublishedOn: not null, RepealedOn: null } ? replacement.EffectiveFrom : null;
            var status = PolicyRules.Status(d, today, replacedFrom, validity);
            var expiry = PolicyRules.ExpiryDate(d, validity);
            rows.Add(new PolicyRow(d.Id, d.Number, d.Title, d.IssuingBody, d.Kind.ToString(), PolicyRules.KindName(d.Kind), d.PublishedOn, d.EffectiveFrom, expiry,
                status.ToString(), PolicyRules.StatusName(status), PolicyRules.ReviewDue(status, expiry, today, lead), d.DemoNumber, replacement?.Number));
        }
        var used = p.Values.Select(x => new UsedParameter(x.Key, x.Value, x.ValidFrom, x.LegalBasis)).ToList();
        return (rows, used);
    }

    private static int Int(IReadOnlyDictionary<string, Parameter> p, string key) =>
        p.TryGetValue(key, out var v) ? int.Parse(v.Value, CultureInfo.InvariantCulture) : throw new BusinessRuleException($"参数 {key} 未设置取值");

    private static void Required(FieldErrors errors, string field, string? value, string message, int max)
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
            throw new ForbiddenException("只有机关办公室可以登记、发布或废止政策文件");
        }
    }
}

/// <summary>The Platform's check of a 文号 cited by a new parameter value.</summary>
internal sealed class PolicyDocumentCheck(PolicyDocuments documents) : IPolicyDocumentCheck
{
    public async Task<string?> ProblemAsync(string documentNumber, CancellationToken ct)
    {
        var row = await documents.FindByNumberAsync(documentNumber, ct);
        if (row is null)
        {
            return $"政策文件库中没有文号为“{documentNumber}”的文件";
        }
        return PolicyRules.Citable(Enum.Parse<PolicyStatus>(row.Status))
            ? null
            : $"文号为“{documentNumber}”的文件状态为“{row.StatusName}”，不能作为参数的依据";
    }
}
