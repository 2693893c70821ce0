using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Community.Features.Honours;

/// <summary>Checks a division code typed by a user: known to the Registry, at an allowed level, inside the user's jurisdiction.</summary>
internal sealed class GrassUnits(IDivisionDirectory divisions, ICurrentUser user)
{
    public async Task<(string Code, string Name)> ResolveAsync(string? input, string field, DateOnly? asOf, CancellationToken ct, params int[] lengths)
    {
        var code = DivisionCodes.Normalize(input);
        if (code is null || !lengths.Contains(code.Length))
        {
            throw new FieldValidationException(field, lengths.Length == 1 && lengths[0] == 12 ? "请填写12位社区区划代码" : "请填写区、街道或社区的区划代码");
        }
        if (!DivisionCodes.IsWithin(code, user.Jurisdiction ?? "#"))
        {
            throw new FieldValidationException(field, "该区划不在您的辖区内");
        }
        // a 2018 record may name a division that has since changed (光明区 streets): accept either date
        var d = (asOf is { } on ? await divisions.FindAsync(code, on, ct) : null) ?? await divisions.FindAsync(code, null, ct)
            ?? throw new FieldValidationException(field, "区划代码不存在");
        return (code, ShortName(d.Name));
    }

    /// <summary>"龙腾社区居委会" → "龙腾社区", "沙头角居委会" → "沙头角社区".</summary>
    public static string ShortName(string name)
    {
        foreach (var suffix in new[] { "居民委员会", "居委会" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = name[..^suffix.Length];
                return stem.EndsWith("社区", StringComparison.Ordinal) ? stem : stem + "社区";
            }
        }
        return name;
    }
}
