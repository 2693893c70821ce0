using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Data;

namespace CivilAffairs.Reporting.Features.Views;

/// <summary>The provider-specific SQL of reporting views: names, tokens, month expressions.</summary>
internal static partial class ViewSql
{
    /// <summary>The quoted name of a reporting view: "reporting"."x" or "reporting_x".</summary>
    public static string ViewName(string name, bool sqlite) => ModelConventions.TableName("reporting", name, sqlite);

    /// <summary>Replaces {schema.table}, {date:expr}, {true}, {false} for the provider.</summary>
    public static string Translate(ReportingView v, bool sqlite)
    {
        var sql = sqlite && v.SqliteSql is { } s ? s : v.Sql;
        sql = sql.Replace("{true}", sqlite ? "1" : "TRUE", StringComparison.Ordinal)
                 .Replace("{false}", sqlite ? "0" : "FALSE", StringComparison.Ordinal);
        sql = DateToken().Replace(sql, m => sqlite ? $"substr({m.Groups[1].Value},1,10)" : $"CAST({m.Groups[1].Value} AS date)");
        sql = TableToken().Replace(sql, m => ModelConventions.TableName(m.Groups[1].Value, m.Groups[2].Value, sqlite));
        return sql;
    }

    /// <summary>yyyymm of a date column, as an integer.</summary>
    public static string MonthOf(string column, bool sqlite) =>
        sqlite ? $"CAST(strftime('%Y%m', {column}) AS INTEGER)" : $"CAST(to_char({column}, 'YYYYMM') AS integer)";

    /// <summary>A date written into the SQL (the refresh's month bounds): text on SQLite, a DATE on PostgreSQL.</summary>
    public static string DateLiteral(DateOnly d, bool sqlite) =>
        sqlite ? $"'{d:yyyy-MM-dd}'" : $"DATE '{d:yyyy-MM-dd}'";

    /// <summary>A date literal parameter comparison works on both: SQLite keeps dates as 'yyyy-MM-dd' text.</summary>
    public static string DateParam(string name, bool sqlite) => sqlite ? name : $"CAST({name} AS date)";

    [GeneratedRegex(@"\{date:([^{}]+)\}")]
    private static partial Regex DateToken();

    [GeneratedRegex(@"\{([a-z_]+)\.([a-z0-9_]+)\}")]
    private static partial Regex TableToken();
}
