using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Registration;

/// <summary>
/// 证书字号 in the national format: J440304-2018-000123 for 结婚证, L… for 离婚证, BJ… for a
/// reissued certificate and Z… for a 婚姻状况证明 — prefix, the office's district code, the year
/// and a sequence per prefix, district and year. The counter row is a concurrency token and the
/// number has a unique index, so two windows at the same moment cannot issue the same number.
/// </summary>
internal sealed class CertificateNumbers(MarriageDb db)
{
    public static string PrefixOf(ServiceType t) => t switch
    {
        ServiceType.Marriage => "J",
        ServiceType.Divorce => "L",
        ServiceType.Reissue => "BJ",
        _ => "Z",
    };

    public async Task<string> NextAsync(ServiceType type, string divisionCode, int year, CancellationToken ct)
    {
        var prefix = PrefixOf(type);
        var district = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        var row = await db.CertificateSequences.FindAsync([prefix, district, year], ct);
        if (row is null)
        {
            row = new CertificateSequence { Prefix = prefix, DivisionCode = district, Year = year };
            db.CertificateSequences.Add(row);
        }
        row.Last++;
        row.Version++;
        return Format(prefix, district, year, row.Last);
    }

    public static string Format(string prefix, string district, int year, int sequence) => $"{prefix}{district}-{year}-{sequence:D6}";
}
