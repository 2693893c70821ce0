using System.Globalization;
using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Platform.Parameters;

/// <summary>Input for a new version of a parameter.</summary>
public sealed class SetParameterRequest
{
    public string Key { get; set; } = "";

    public string DivisionCode { get; set; } = "4403";

    public string Value { get; set; } = "";

    public DateOnly? ValidFrom { get; set; }

    public string LegalBasis { get; set; } = "";

    public string? Note { get; set; }

    /// <summary>Optional 文号 of the policy document that sets the value; must be a current document of the register.</summary>
    public string? DocumentNumber { get; set; }
}

public sealed record ParameterView(Guid Id, string Key, string DivisionCode, string Value, DateOnly ValidFrom, DateOnly? ValidTo, string LegalBasis, string? Note, string CreatedBy, DateTime CreatedAtUtc,
    string? DocumentNumber = null);

/// <summary>
/// Effective-dated parameters: the most specific division's value in force on a date. Reads go
/// through a process-wide cache of every version of each key (decision D10); <see cref="SetAsync"/>
/// invalidates it, so the next read in this process sees the new version.
/// </summary>
public sealed class ParameterStore(IServiceProvider services, IEnumerable<ParameterDefinition> definitions, ICurrentUser user, TimeProvider clock,
    ReferenceCache<string, Parameter[]> cache)
{
    private PlatformDb? _db;

    // resolved on first use: a read served from the cache then builds no context at all (docs/performance.md)
    private PlatformDb Db => _db ??= services.GetRequiredService<PlatformDb>();

    private IReadOnlyList<ParameterDefinition>? _sorted;

    // sorted when a list is shown, not for every calculation that only looks up display names
    public IReadOnlyList<ParameterDefinition> Definitions => _sorted ??= definitions.OrderBy(d => d.Module).ThenBy(d => d.Key).ToList();

    public ParameterDefinition? Definition(string key) => definitions.FirstOrDefault(d => d.Key == key);

    public async Task<Parameter?> FindAsync(string key, DateOnly date, string divisionCode, CancellationToken ct = default) =>
        (await FindManyAsync([key], date, divisionCode, ct)).GetValueOrDefault(key);

    /// <summary>Several keys in one query (a calculation needs a dozen; one round trip, not twelve), or none when cached.</summary>
    public async Task<IReadOnlyDictionary<string, Parameter>> FindManyAsync(IReadOnlyCollection<string> keys, DateOnly date, string divisionCode, CancellationToken ct = default)
    {
        var versions = cache.Enabled
            ? await AllVersionsAsync(keys, ct)
            : await Db.Parameters.AsNoTracking()
                .Where(p => keys.Contains(p.Key) && p.ValidFrom <= date && (p.ValidTo == null || p.ValidTo >= date))
                .ToListAsync(ct);
        // copies: callers get rows they may change without changing what the next request reads
        return Resolve(versions, date, divisionCode).ToDictionary(x => x.Key, x => x.Value.Copy());
    }

    /// <summary>
    /// Per key, the version in force on the date whose division contains the given one, the most
    /// specific division winning (a district overrides the city). The cached and the uncached path
    /// both end here, so they cannot disagree; the later version wins should two ever overlap.
    /// </summary>
    public static Dictionary<string, Parameter> Resolve(IEnumerable<Parameter> versions, DateOnly date, string divisionCode) =>
        versions.Where(p => p.ValidFrom <= date && (p.ValidTo == null || p.ValidTo >= date) && divisionCode.StartsWith(p.DivisionCode, StringComparison.Ordinal))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.DivisionCode.Length).ThenByDescending(p => p.ValidFrom).First());

    /// <summary>Every version of every key asked for, from the cache or else in one query for the keys it lacks.</summary>
    private async Task<List<Parameter>> AllVersionsAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var versions = new List<Parameter>();
        List<string>? missing = null;
        foreach (var key in keys.Distinct())
        {
            if (cache.TryGet(key, out var cached))
            {
                versions.AddRange(cached);
            }
            else
            {
                (missing ??= []).Add(key);
            }
        }
        if (missing is not null)
        {
            var generation = cache.Generation;
            var rows = (await Db.Parameters.AsNoTracking().Where(p => missing.Contains(p.Key)).ToListAsync(ct)).ToLookup(p => p.Key);
            foreach (var key in missing)
            {
                // a key without versions is kept too (empty), so asking for it again costs no query
                var all = rows[key].ToArray();
                cache.Set(key, all, generation);
                versions.AddRange(all);
            }
        }
        return versions;
    }

    public async Task<decimal> GetDecimalAsync(string key, DateOnly date, string divisionCode, CancellationToken ct = default)
    {
        var p = await FindAsync(key, date, divisionCode, ct)
            ?? throw new BusinessRuleException($"参数 {key} 在 {date:yyyy-MM-dd} 未设置取值");
        return decimal.Parse(p.Value, CultureInfo.InvariantCulture);
    }

    public Task<List<ParameterView>> HistoryAsync(string key, CancellationToken ct = default) =>
        Db.Parameters.AsNoTracking().Where(p => p.Key == key)
            .OrderBy(p => p.DivisionCode).ThenByDescending(p => p.ValidFrom)
            .Select(p => new ParameterView(p.Id, p.Key, p.DivisionCode, p.Value, p.ValidFrom, p.ValidTo, p.LegalBasis, p.Note, p.CreatedBy, p.CreatedAtUtc, p.DocumentNumber))
            .ToListAsync(ct);

    /// <summary>Every version, of any key, that cites a document (shown on the document's page).</summary>
    public Task<List<ParameterView>> CitingAsync(string documentNumber, CancellationToken ct = default) =>
        Db.Parameters.AsNoTracking().Where(p => p.DocumentNumber == documentNumber)
            .OrderBy(p => p.Key).ThenByDescending(p => p.ValidFrom)
            .Select(p => new ParameterView(p.Id, p.Key, p.DivisionCode, p.Value, p.ValidFrom, p.ValidTo, p.LegalBasis, p.Note, p.CreatedBy, p.CreatedAtUtc, p.DocumentNumber))
            .ToListAsync(ct);

    /// <summary>
    /// Adds a version. The version in force before it ends the day before; a later version
    /// bounds it. Nothing is overwritten, so history stays complete.
    /// </summary>
    public async Task<ParameterView> SetAsync(SetParameterRequest r, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var def = Definition(r.Key);
        if (def is null)
        {
            errors.Add("key", "未知的参数");
        }
        var division = Values.DivisionCodes.Normalize(r.DivisionCode);
        if (division is null)
        {
            errors.Add("divisionCode", "区划代码无效");
        }
        else if (user.Jurisdiction is null || !division.StartsWith(user.Jurisdiction, StringComparison.Ordinal))
        {
            errors.Add("divisionCode", "只能设置本辖区的参数");
        }
        if (r.ValidFrom is null)
        {
            errors.Add("validFrom", "请填写生效日期");
        }
        var document = string.IsNullOrWhiteSpace(r.DocumentNumber) ? null : r.DocumentNumber.Trim();
        if (document is not null)
        {
            var check = services.GetService<IPolicyDocumentCheck>();
            var problem = check is null ? "未启用政策文件库，无法核验文号" : await check.ProblemAsync(document, ct);
            if (problem is not null)
            {
                errors.Add("documentNumber", problem);
            }
        }
        if (string.IsNullOrWhiteSpace(r.LegalBasis) && document is null)
        {
            errors.Add("legalBasis", "请填写法律依据或文号");
        }
        var value = (r.Value ?? "").Trim();
        if (value.Length == 0)
        {
            errors.Add("value", "请填写取值");
        }
        else if (def?.Type == ParameterType.Decimal && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            errors.Add("value", "取值必须是数字");
        }
        else if (def?.Type == ParameterType.Integer && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            errors.Add("value", "取值必须是整数");
        }
        errors.ThrowIfAny();
        var from = r.ValidFrom!.Value;
        var versions = await Db.Parameters.Where(p => p.Key == r.Key && p.DivisionCode == division).ToListAsync(ct);
        if (versions.Any(v => v.ValidFrom == from))
        {
            throw new FieldValidationException("validFrom", "该日期已有一个版本，请选择其他生效日期");
        }
        var before = versions.Where(v => v.ValidFrom < from).OrderByDescending(v => v.ValidFrom).FirstOrDefault();
        var after = versions.Where(v => v.ValidFrom > from).OrderBy(v => v.ValidFrom).FirstOrDefault();
        if (before is not null && (before.ValidTo is null || before.ValidTo >= from))
        {
            before.ValidTo = from.AddDays(-1);
        }
        var p = new Parameter
        {
            Key = r.Key,
            DivisionCode = division!,
            Value = value,
            ValidFrom = from,
            ValidTo = after?.ValidFrom.AddDays(-1),
            // citing a document is a legal basis in itself
            LegalBasis = string.IsNullOrWhiteSpace(r.LegalBasis) ? document! : r.LegalBasis.Trim(),
            DocumentNumber = document,
            Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(),
            CreatedBy = user.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Db.Parameters.Add(p);
        await Db.SaveChangesAsync(ct);
        // after the commit, not before: a request that read the old rows meanwhile cannot put them back (see ReferenceCache.Generation)
        cache.Invalidate();
        return new ParameterView(p.Id, p.Key, p.DivisionCode, p.Value, p.ValidFrom, p.ValidTo, p.LegalBasis, p.Note, p.CreatedBy, p.CreatedAtUtc, p.DocumentNumber);
    }
}
