using System.Globalization;
using System.Text;
using System.Text.Json;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Meals;

public sealed class MealCounterRequest
{
    /// <summary>The canteen; a provider's own when empty.</summary>
    public string? Canteen { get; set; }

    public string? Card { get; set; }

    public string? IdNumber { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>HH:mm, China time; now when empty.</summary>
    public string? Time { get; set; }

    public MealKind? Meal { get; set; }
}

public sealed record MealRecordView(Guid Id, string InstitutionCode, string PersonKeyMasked, DateOnly MealDate, string Time, MealKind Meal, string MealName,
    MealGroup? Group, string GroupName, decimal Subsidy, MealFlags Flags, IReadOnlyList<string> FlagNames, string RuleKey, string Source);

public sealed record MealCounterResult(MealRecordView Record, int TodayMeals, decimal TodaySubsidy);

public sealed record MealUploadView(Guid Id, string InstitutionCode, string FileName, int Rows, int Accepted, int Duplicates, int Rejected,
    IReadOnlyList<MealRowError> Errors, string UploadedBy, DateTime UploadedAtUtc);

/// <summary>Counter entry and file upload by the canteen (or bureau staff for a canteen in their jurisdiction).</summary>
internal sealed class MealEntry(ElderCareDb db, MealIngest ingest, ProviderScope scope, ICurrentUser user, TimeProvider clock)
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<MealCounterResult> CounterAsync(MealCounterRequest r, CancellationToken ct)
    {
        var canteen = Canteen(r.Canteen);
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var minute = now.Hour * 60 + now.Minute;
        if (!string.IsNullOrWhiteSpace(r.Time))
        {
            minute = ParseMinute(r.Time) ?? throw new FieldValidationException("time", "时间格式应为 时:分，例如 11:45");
        }
        if (string.IsNullOrWhiteSpace(r.Card) && string.IsNullOrWhiteSpace(r.IdNumber))
        {
            throw new FieldValidationException("card", "请刷卡或输入助餐卡号 / 身份证号码");
        }
        var date = r.Date ?? DateOnly.FromDateTime(now);
        var result = await ingest.IngestAsync([new MealInput(1, canteen, r.Card, r.Card is null ? r.IdNumber : null, date, minute, r.Meal ?? MealKind.Lunch)],
            MealRecordSource.Counter, null, ct);
        if (result.Errors.Count > 0)
        {
            var e = result.Errors[0];
            throw new FieldValidationException(e.Column switch { "身份证号码" => "idNumber", "就餐日期" => "date", "助餐点" => "canteen", _ => "card" }, e.Message);
        }
        if (result.Duplicates > 0)
        {
            throw new BusinessRuleException("该长者当日此餐别已在本助餐点登记，不重复录入");
        }
        var record = result.Records[0];
        var today = await db.MealRecords.AsNoTracking().Where(x => x.InstitutionCode == canteen && x.MealDate == date)
            .GroupBy(x => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(x => x.Subsidy) }).FirstAsync(ct);
        return new MealCounterResult(View(record), today.Count, today.Sum);
    }

    public async Task<MealUploadView> UploadAsync(string? canteenCode, string? fileName, Stream? content, long length, CancellationToken ct)
    {
        var canteen = Canteen(canteenCode);
        if (content is null || length <= 0)
        {
            throw new FieldValidationException("file", "请选择文件（.csv UTF-8 或 .xlsx）");
        }
        if (length > MaxUploadBytes)
        {
            throw new FieldValidationException("file", $"文件超过 {MaxUploadBytes / 1024 / 1024} MB 的上限");
        }
        var name = Path.GetFileName(fileName ?? "meals.csv");
        var (inputs, parseErrors) = MealFile.Parse(content, name, canteen, ChinaTime.Today(clock));
        var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == canteen, ct) ?? throw new NotFoundException("助餐点不存在或不在您的管辖范围内");
        var upload = new MealUpload
        {
            InstitutionCode = canteen, DivisionCode = institution.DivisionCode, FileName = name.Length > 200 ? name[..200] : name,
            UploadedBy = user.UserName, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await ingest.IngestAsync(inputs, MealRecordSource.Upload, upload.Id, ct, upload);
        var errors = parseErrors.Concat(result.Errors).OrderBy(e => e.Row).ToList();
        upload.Rows = inputs.Count + parseErrors.Select(e => e.Row).Distinct().Count();
        upload.Accepted = result.Accepted;
        upload.Duplicates = result.Duplicates;
        upload.Rejected = errors.Select(e => e.Row).Distinct().Count();
        upload.ErrorsJson = JsonSerializer.Serialize(errors, Json);
        // the upload row was written with the records; its counts are final only now
        db.Entry(upload).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return ToView(upload, errors);
    }

    public async Task<IReadOnlyList<MealUploadView>> UploadsAsync(CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        var list = await db.MealUploads.AsNoTracking().OrderByDescending(u => u.UploadedAtUtc).Take(20).ToListAsync(ct);
        return list.Select(u => ToView(u, Errors(u))).ToList();
    }

    public async Task<MealUploadView> GetUploadAsync(Guid id, CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        var u = await db.MealUploads.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return ToView(u, Errors(u));
    }

    /// <summary>The row-level error report as CSV (UTF-8 with BOM so Excel shows the Chinese).</summary>
    public async Task<byte[]> ErrorReportAsync(Guid id, CancellationToken ct)
    {
        var u = await GetUploadAsync(id, ct);
        var sb = new StringBuilder("行号,列,错误说明\r\n");
        foreach (var e in u.Errors)
        {
            sb.Append(e.Row.ToString(CultureInfo.InvariantCulture)).Append(',').Append(e.Column).Append(',').Append(e.Message.Replace(',', '，')).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static List<MealRowError> Errors(MealUpload u) => JsonSerializer.Deserialize<List<MealRowError>>(u.ErrorsJson, Json) ?? [];

    private static MealUploadView ToView(MealUpload u, IReadOnlyList<MealRowError> errors) =>
        new(u.Id, u.InstitutionCode, u.FileName, u.Rows, u.Accepted, u.Duplicates, u.Rejected, errors, u.UploadedBy, u.UploadedAtUtc);

    private string Canteen(string? code)
    {
        MealAccess.RequireProviderOrStaff(user, Permissions.ElderCareWrite);
        var c = string.IsNullOrWhiteSpace(code) ? scope.InstitutionCode : code.Trim().ToUpperInvariant();
        if (c is null)
        {
            throw new FieldValidationException("canteen", "请选择助餐点");
        }
        scope.EnsureMayActFor(c);
        return c;
    }

    internal static int? ParseMinute(string text) =>
        TimeOnly.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var t) ? t.Hour * 60 + t.Minute : null;

    internal static MealRecordView View(MealRecord r) =>
        new(r.Id, r.InstitutionCode, r.PersonKey.Length == 18 ? Masking.IdNumber(r.PersonKey) : r.PersonKey, r.MealDate,
            string.Create(CultureInfo.InvariantCulture, $"{r.ServedMinute / 60:00}:{r.ServedMinute % 60:00}"), r.Meal, MealName(r.Meal), r.Group,
            r.Group is { } g ? MealEnrolments.GroupName(g) : "未登记", r.Subsidy, r.Flags, FlagNames(r.Flags), r.RuleKey, r.Source == MealRecordSource.Counter ? "柜台" : "上传");

    public static string MealName(MealKind m) => m switch { MealKind.Breakfast => "早餐", MealKind.Dinner => "晚餐", _ => "午餐" };

    public static IReadOnlyList<string> FlagNames(MealFlags f)
    {
        var list = new List<string>();
        if (f.HasFlag(MealFlags.OverDailyLimit)) { list.Add("超出每日补贴餐次"); }
        if (f.HasFlag(MealFlags.NearDuplicate)) { list.Add("短时间内重复就餐"); }
        if (f.HasFlag(MealFlags.CardStopped)) { list.Add("停用卡（死亡/停用后）"); }
        if (f.HasFlag(MealFlags.OutsideHukouDistrict)) { list.Add("非户籍区助餐点"); }
        if (f.HasFlag(MealFlags.NotEnrolled)) { list.Add("未登记"); }
        if (f.HasFlag(MealFlags.NonWorkingDay)) { list.Add("非工作日"); }
        if (f.HasFlag(MealFlags.MealNotSubsidised)) { list.Add("非补贴餐别"); }
        return list;
    }
}
