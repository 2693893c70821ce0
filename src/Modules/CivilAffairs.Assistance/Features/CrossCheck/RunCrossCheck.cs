using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

// the SQL below interpolates only table names from the model conventions and our own placeholders;
// every value is a parameter
#pragma warning disable CA2100

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>
/// The matching pass (比对): the members of every open application and every enrolled household
/// in the runner's jurisdiction are materialised into temporary tables, joined once with the
/// current batch of each source by ID number, and the rows are evaluated per household with the
/// parameters in force; the reports are then written in bulk in one transaction.
/// </summary>
internal sealed class RunCrossCheck(AssistanceDb db, PlatformDb platform, CalculateHandler calculator, ParameterStore parameters, ICurrentUser user,
    TimeProvider clock, ILogger<RunCrossCheck> logger)
{
    private static readonly string[] ReportColumns =
    [
        "id", "run_id", "household_kind", "household_id", "programme", "division_code", "head_id_number", "head_name", "household_size",
        "report_date", "valid_until", "financial_assets", "residential_units", "non_residential_units", "vehicles", "business_registrations",
        "verified_income", "breaks_rules", "reasons", "item_count",
    ];

    private static readonly string[] ItemColumns = ["report_id", "division_code", "member_id_number", "source", "description", "value", "unit", "counted", "rule"];

    private sealed record PolicyInForce(Policy Policy, int ValidDays, IReadOnlySet<string> ExemptVehicles);

    private sealed record Built(CrossCheckReport Report, IReadOnlyList<FoundItem> Items);

    public async Task<RunView> RunAsync(CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistanceCrossCheck))
        {
            throw new ForbiddenException();
        }
        var scope = user.Jurisdiction ?? throw new ForbiddenException();
        var today = ChinaTime.Today(clock);
        var sw = Stopwatch.StartNew();
        var batches = await db.ExternalBatches.AsNoTracking().ToListAsync(ct);
        var current = batches.GroupBy(b => b.Source)
            .Select(g => g.OrderByDescending(b => b.AsOf).ThenByDescending(b => b.ImportedAtUtc).First())
            .OrderBy(b => b.Source).ToList();
        if (current.Count == 0)
        {
            throw new BusinessRuleException("尚未导入任何外部数据，无法比对");
        }
        var sourceOf = current.ToDictionary(b => b.Id, b => b.Source);
        var run = new CrossCheckRun
        {
            Jurisdiction = scope, ReportDate = today, RunBy = user.UserName, RunAtUtc = clock.GetUtcNow().UtcDateTime,
            Sources = string.Join("；", current.Select(b => $"{ExternalSources.NameOf(b.Source)} {b.AsOf:yyyy-MM-dd}")),
        };
        var built = new List<Built>();
        // parameters differ only where a division has its own values: households are evaluated with the
        // policy of the most specific such division above them, loaded once (not once per community)
        var overrides = await platform.Parameters.AsNoTracking().Where(p => p.Key.StartsWith("assistance.")).Select(p => p.DivisionCode).Distinct().ToListAsync(ct);
        var phases = new List<string>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await MaterialiseAsync(scope, today, ct);
            phases.Add($"materialise {sw.ElapsedMilliseconds} ms");
            if (!db.IsSqlite)
            {
                // the join's hash tables and the final sort stay in memory instead of spilling to disk
                await db.ExecAsync("SET work_mem = '256MB'", ct);
            }
            var policies = new Dictionary<(Programme, string), PolicyInForce>();
            await using (var cmd = HitsCommand(current.Select(b => b.Id).ToList()))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                (int Kind, Guid Id)? key = null;
                HouseholdFindings? findings = null;
                object?[] head = [];
                while (await reader.ReadAsync(ct))
                {
                    var rowKey = (reader.GetInt32(0), reader.GetGuid(1));
                    if (key != rowKey)
                    {
                        if (findings is not null)
                        {
                            built.Add(await BuildAsync(run, head, findings, policies, overrides, today, ct));
                        }
                        key = rowKey;
                        findings = new HouseholdFindings();
                        head = [rowKey.Item1, rowKey.Item2, reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture)];
                    }
                    if (!reader.IsDBNull(7))
                    {
                        findings!.Add(sourceOf[reader.GetGuid(7)], reader.GetString(8), reader.GetString(9), NullableString(reader, 10), NullableString(reader, 11),
                            reader.IsDBNull(12) ? null : reader.GetDecimal(12), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateOnly>(13));
                    }
                }
                if (findings is not null)
                {
                    built.Add(await BuildAsync(run, head, findings, policies, overrides, today, ct));
                }
            }
            phases.Add($"match and evaluate {sw.ElapsedMilliseconds} ms");
            await DropAsync(ct);
            if (!db.IsSqlite)
            {
                await db.ExecAsync("RESET work_mem", ct);
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await WriteAsync(built, ct);
            run.Households = built.Count;
            run.Breaking = built.Count(b => b.Report.BreaksRules);
            run.Items = built.Sum(b => b.Items.Count);
            run.DurationMs = sw.ElapsedMilliseconds;
            db.CrossCheckRuns.Add(run);
            await db.SaveChangesAsync(ct);
            await db.Scope.Audit.AppendAsync(db, [new AuditRecord(AuditActions.Create, nameof(CrossCheckReport), run.Id.ToString(),
                AuditTrail.Json(new { run.Jurisdiction, run.Households, run.Breaking, run.Items }))], ct);
            await tx.CommitAsync(ct);
            phases.Add($"write {sw.ElapsedMilliseconds} ms");
            logger.LogInformation("Cross-check run {Run}: {Households} households, {Items} items; {Phases}", run.Id, run.Households, run.Items, string.Join(", ", phases));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return CrossCheckQueries.ToView(run);
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private async Task<Built> BuildAsync(CrossCheckRun run, object?[] head, HouseholdFindings findings,
        Dictionary<(Programme, string), PolicyInForce> policies, List<string> overrides, DateOnly today, CancellationToken ct)
    {
        var division = (string)head[2]!;
        var programme = Enum.Parse<Programme>((string)head[3]!);
        var governing = overrides.Where(o => division.StartsWith(o, StringComparison.Ordinal)).MaxBy(o => o.Length) ?? division;
        if (!policies.TryGetValue((programme, governing), out var inForce))
        {
            var (policy, _) = await calculator.LoadPolicyAsync(programme, today, governing, ct);
            var extra = await parameters.FindManyAsync([AssistanceParameters.CrossCheckValidDays, AssistanceParameters.CrossCheckExemptVehicleKinds], today, governing, ct);
            var days = extra.TryGetValue(AssistanceParameters.CrossCheckValidDays, out var d) ? int.Parse(d.Value, CultureInfo.InvariantCulture)
                : throw new BusinessRuleException($"参数 {AssistanceParameters.CrossCheckValidDays} 在 {today:yyyy-MM-dd} 未设置取值");
            var exempt = (extra.GetValueOrDefault(AssistanceParameters.CrossCheckExemptVehicleKinds)?.Value ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            policies[(programme, governing)] = inForce = new PolicyInForce(policy, days, exempt);
        }
        var size = (int)head[6]!;
        var e = findings.Evaluate(programme, size, inForce.Policy, inForce.ExemptVehicles);
        var report = new CrossCheckReport
        {
            RunId = run.Id, HouseholdKind = (int)head[0]! == 0 ? HouseholdKind.Application : HouseholdKind.Enrolment, HouseholdId = (Guid)head[1]!,
            Programme = programme, DivisionCode = division, HeadIdNumber = (string)head[4]!, HeadName = (string)head[5]!, HouseholdSize = size,
            ReportDate = today, ValidUntil = today.AddDays(inForce.ValidDays), FinancialAssets = e.Assets.FinancialAssets,
            ResidentialUnits = e.Assets.ResidentialUnits, NonResidentialUnits = e.Assets.NonResidentialUnits, Vehicles = e.Assets.Vehicles,
            BusinessRegistrations = e.Assets.BusinessRegistrations, VerifiedIncome = e.VerifiedIncome, BreaksRules = e.BreaksRules,
            Reasons = string.Join("\n", e.Reasons), ItemCount = e.Items.Count,
        };
        return new Built(report, e.Items);
    }

    private async Task WriteAsync(List<Built> built, CancellationToken ct)
    {
        await using (var w = BulkWriter.Open(db, "crosscheck_reports", ReportColumns))
        {
            foreach (var r in built.Select(b => b.Report))
            {
                w.Row(r.Id, r.RunId, r.HouseholdKind.ToString(), r.HouseholdId, r.Programme.ToString(), r.DivisionCode, r.HeadIdNumber, r.HeadName, r.HouseholdSize,
                    r.ReportDate, r.ValidUntil, r.FinancialAssets, r.ResidentialUnits, r.NonResidentialUnits, r.Vehicles, r.BusinessRegistrations,
                    r.VerifiedIncome, r.BreaksRules, r.Reasons.Length > 2000 ? r.Reasons[..2000] : r.Reasons, r.ItemCount);
            }
        }
        await using (var w = BulkWriter.Open(db, "crosscheck_items", ItemColumns))
        {
            foreach (var b in built)
            {
                foreach (var i in b.Items)
                {
                    w.Row(b.Report.Id, b.Report.DivisionCode, i.MemberIdNumber, i.Source.ToString(), Cut(i.Description, 300), i.Value, i.Unit, i.Counted, Cut(i.Rule, 500));
                }
            }
        }
        ct.ThrowIfCancellationRequested();
    }

    private static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : s[..max];

    /// <summary>Households and their members with ID numbers, in temporary tables of this connection.</summary>
    private async Task MaterialiseAsync(string scope, DateOnly today, CancellationToken ct)
    {
        await DropAsync(ct);
        var pg = !db.IsSqlite;
        var applications = BulkWriter.Table(db, "applications");
        var enrolments = BulkWriter.Table(db, "enrolments");
        var members = BulkWriter.Table(db, "enrolment_members");
        const string openApp = "a.status IN ('Submitted', 'Accepted', 'Publicizing') AND substr(a.division_code, 1, length(@scope)) = @scope";
        const string enrolled = "e.status <> 'Stopped' AND substr(e.division_code, 1, length(@scope)) = @scope";
        const string present = "(m.left_from IS NULL OR m.left_from > @today)";
        var size = pg ? "coalesce(jsonb_array_length(a.household_json::jsonb -> 'members'), 1)" : "coalesce(json_array_length(a.household_json, '$.members'), 1)";
        var households = $"""
            CREATE TEMP TABLE xc_households AS
            SELECT 0 AS hk, a.id AS hid, a.division_code AS division, a.programme AS programme, a.applicant_id_number AS head_id,
                   a.applicant_name AS head_name, {size} AS size
            FROM {applications} a WHERE {openApp}
            UNION ALL
            SELECT 1, e.id, e.division_code, e.programme, e.head_id_number, e.head_name,
                   (SELECT count(*) FROM {members} m WHERE m.enrolment_id = e.id AND {present})
            FROM {enrolments} e WHERE {enrolled}
            """;
        var appMembers = pg
            ? $"""
              SELECT 0 AS hk, a.id AS hid, upper(btrim(j ->> 'idNumber')) COLLATE "C" AS id_number
              FROM {applications} a CROSS JOIN LATERAL jsonb_array_elements(a.household_json::jsonb -> 'members') j
              WHERE {openApp} AND coalesce(btrim(j ->> 'idNumber'), '') <> ''
              """
            : $"""
              SELECT 0 AS hk, a.id AS hid, upper(trim(json_extract(j.value, '$.idNumber'))) AS id_number
              FROM {applications} a, json_each(a.household_json, '$.members') j
              WHERE {openApp} AND coalesce(trim(json_extract(j.value, '$.idNumber')), '') <> ''
              """;
        var memberSql = $"""
            CREATE TEMP TABLE xc_members AS
            {appMembers}
            UNION ALL
            SELECT 1, m.enrolment_id, m.id_number{(pg ? " COLLATE \"C\"" : "")}
            FROM {members} m JOIN {enrolments} e ON e.id = m.enrolment_id
            WHERE {enrolled} AND m.id_number IS NOT NULL AND {present}
            """;
        object todayValue = pg ? today : today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var sql in new[] { households, memberSql })
        {
            await using var cmd = db.Command(sql).With("@scope", scope).With("@today", todayValue);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        // temporary tables are never analysed automatically; the planner needs their sizes
        await db.ExecAsync(pg ? "ANALYZE xc_households; ANALYZE xc_members" : "CREATE INDEX xc_members_key ON xc_members (hk, hid)", ct);
    }

    private DbCommand HitsCommand(IReadOnlyList<Guid> batchIds)
    {
        var records = BulkWriter.Table(db, "crosscheck_records");
        var names = batchIds.Select((_, i) => "@b" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var cmd = db.Command($"""
            SELECT h.hk, h.hid, h.division, h.programme, h.head_id, h.head_name, h.size,
                   x.batch_id, x.id_number, x.kind, x.reference, x.description, x.amount, x.month
            FROM xc_households h
            LEFT JOIN (
                SELECT m.hk, m.hid, r.batch_id, r.id_number, r.kind, r.reference, r.description, r.amount, r.month
                FROM xc_members m JOIN {records} r ON r.id_number = m.id_number
                WHERE r.batch_id IN ({string.Join(", ", names)})
            ) x ON x.hk = h.hk AND x.hid = h.hid
            ORDER BY h.hk, h.hid
            """);
        for (var i = 0; i < batchIds.Count; i++)
        {
            cmd.With(names[i], db.IsSqlite ? batchIds[i].ToString().ToUpperInvariant() : batchIds[i]);
        }
        return cmd;
    }

    private async Task DropAsync(CancellationToken ct)
    {
        await db.ExecAsync("DROP TABLE IF EXISTS xc_members", ct);
        await db.ExecAsync("DROP TABLE IF EXISTS xc_households", ct);
    }
}
