using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CivilAffairs.Platform.Audit;

/// <summary>The hash chain: SHA-256 over the previous hash and the row's canonical text.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Databases keep microseconds at best; the chain uses exactly that precision.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    public static string ComputeHash(AuditEntry e)
    {
        // length-prefixed fields: no separator inside a value can shift text between fields,
        // and a null is not the same as an empty string
        var sb = new StringBuilder();
        foreach (var field in new[]
        {
            e.Seq.ToString(CultureInfo.InvariantCulture),
            e.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            e.UserName, e.Role, e.Jurisdiction, e.Action, e.Entity, e.EntityId, e.Summary, e.ClientIp, e.PrevHash,
        })
        {
            sb.Append(field is null ? "-1" : field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

/// <summary>Outcome of verifying the chain.</summary>
public sealed record AuditVerification(bool Intact, long RowsChecked, long? BrokenAtSeq, string Message);
