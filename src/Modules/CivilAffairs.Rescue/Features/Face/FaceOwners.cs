using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>The person an embedding belongs to, as the face pages show them (name masked).</summary>
internal sealed record FaceOwner(FaceOwnerKind Kind, Guid Id, string Number, string MaskedName, string Sex, string? AgeInfo, string DivisionCode);

/// <summary>The face parameters in force for a division today, with their bases.</summary>
internal sealed record FaceSettings(int Dimension, double Threshold, int MaxCandidates, string Basis);

/// <summary>Looks up cases and reports for the face area (in the caller's jurisdiction) and the parameters in force.</summary>
internal sealed class FaceOwners(RescueDb db, ParameterStore parameters, TimeProvider clock)
{
    /// <summary>Exactly one of the two ids; 400 otherwise, 404 when not in the caller's jurisdiction.</summary>
    public async Task<FaceOwner> GetAsync(Guid? caseId, Guid? reportId, CancellationToken ct)
    {
        if (caseId.HasValue == reportId.HasValue)
        {
            throw new FieldValidationException("caseId", "请指定受助人员（caseId）或寻亲登记（reportId）之一");
        }
        var found = caseId.HasValue
            ? (await CasesAsync([caseId.Value], ct)).FirstOrDefault()
            : (await ReportsAsync([reportId!.Value], ct)).FirstOrDefault();
        return found ?? throw new NotFoundException();
    }

    /// <summary>A case number (JZ-…) or report number (XQ-…) typed on the page.</summary>
    public async Task<FaceOwner> ByNumberAsync(string? number, CancellationToken ct)
    {
        var n = (number ?? "").Trim().ToUpperInvariant();
        if (n.Length == 0)
        {
            throw new FieldValidationException("number", "请填写受助人员编号（JZ-）或寻亲登记编号（XQ-）");
        }
        var caseId = await db.Cases.Where(c => c.CaseNumber == n).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (caseId is not null)
        {
            return await GetAsync(caseId, null, ct);
        }
        var reportId = await db.Reports.Where(r => r.ReportNumber == n).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        return reportId is not null ? await GetAsync(null, reportId, ct) : throw new FieldValidationException("number", "本辖区内没有该编号的受助人员或寻亲登记");
    }

    public async Task<List<FaceOwner>> CasesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Name, c.Sex, c.EstimatedAge, c.DivisionCode }).ToListAsync(ct);
        return [.. rows.Select(c => new FaceOwner(FaceOwnerKind.Case, c.Id, c.CaseNumber, Masking.Name(c.Name ?? "无名氏"), SexText(c.Sex),
            c.EstimatedAge is { } a ? a.ToString(CultureInfo.InvariantCulture) + "岁" : null, c.DivisionCode))];
    }

    public async Task<List<FaceOwner>> ReportsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ReportNumber, r.MissingName, r.MissingSex, r.MissingBirthYear, r.DivisionCode }).ToListAsync(ct);
        return [.. rows.Select(r => new FaceOwner(FaceOwnerKind.Report, r.Id, r.ReportNumber, Masking.Name(r.MissingName), SexText(r.MissingSex),
            r.MissingBirthYear is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年生" : null, r.DivisionCode))];
    }

    public async Task<FaceSettings> SettingsAsync(string divisionCode, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var found = await parameters.FindManyAsync(FaceParameters.Keys, today, divisionCode, ct);
        string Value(string key) => found.TryGetValue(key, out var p) ? p.Value
            : throw new BusinessRuleException($"参数 {key} 在 {today:yyyy-MM-dd} 未设置取值");
        var dimension = int.Parse(Value(FaceParameters.Dimension), CultureInfo.InvariantCulture);
        var threshold = double.Parse(Value(FaceParameters.Threshold), CultureInfo.InvariantCulture);
        var max = int.Parse(Value(FaceParameters.MaxCandidates), CultureInfo.InvariantCulture);
        var basis = string.Join("；", FaceParameters.Keys.Select(k => $"{k}={found[k].Value}（{found[k].LegalBasis}）"));
        return new FaceSettings(dimension, threshold, max, basis);
    }

    public static string SexText(Sex s) => s switch
    {
        Sex.Male => "男",
        Sex.Female => "女",
        _ => "不详",
    };
}
