using System.Diagnostics;
using System.Globalization;
using Npgsql;

/// <summary>
/// Runs the installed <c>pgbench</c> with a custom script, a single-row <c>UPDATE hot SET n = n + 1
/// WHERE id = 1</c> on a scratch table of the given database: every transaction waits for the one
/// before it on the same row, so its tps is the floor one hot row allows on this server. Latency
/// percentiles come from pgbench's per-transaction log (-l).
/// </summary>
internal static class PgBench
{
    /// <param name="CpuMsPerTx">CPU per transaction: pgbench itself plus the backends serving it.</param>
    public sealed record Result(int Clients, double Tps, double P50, double P99, string Note, double CpuMsPerTx);

    /// <summary>The single hot-row update: the floor one hot row allows.</summary>
    public const string HotRow = "UPDATE hot SET n = n + 1 WHERE id = 1;\n";

    private const string HotRowSetup =
        "CREATE TABLE IF NOT EXISTS hot (id int PRIMARY KEY, n bigint NOT NULL); INSERT INTO hot VALUES (1, 0) ON CONFLICT DO NOTHING";

    public static Task<Result> RunAsync(string connectionString, int clients, int seconds) =>
        RunAsync(connectionString, clients, seconds, HotRowSetup, HotRow);

    /// <summary>
    /// One booking's SQL as one transaction, no application: the same rows (booking, two day locks,
    /// two SMS, one hash-chained audit row under the chain's lock) and the guarded decrement, into
    /// copies of the real tables with all their indexes (schema "floor", so the real audit chain is
    /// not touched). What the database alone needs per booking when claims are not grouped.
    /// </summary>
    public static Task<Result> RunClaimSqlAsync(string connectionString, int clients, int seconds) =>
        RunAsync(connectionString, clients, seconds, ClaimSqlSetup, ClaimSql);

    private const string ClaimSqlSetup = """
        CREATE SCHEMA IF NOT EXISTS floor;
        CREATE TABLE IF NOT EXISTS floor.appointments (LIKE marriage.appointments INCLUDING ALL);
        CREATE TABLE IF NOT EXISTS floor.appointment_day_locks (LIKE marriage.appointment_day_locks INCLUDING ALL);
        CREATE TABLE IF NOT EXISTS floor.sms_outbox (LIKE marriage.sms_outbox INCLUDING ALL);
        CREATE TABLE IF NOT EXISTS floor.session_quotas (LIKE marriage.session_quotas INCLUDING ALL);
        CREATE TABLE IF NOT EXISTS floor.audit_log (LIKE platform.audit_log INCLUDING ALL);
        INSERT INTO floor.session_quotas (session_id, service_type, capacity, remaining)
          VALUES ('00000000-0000-0000-0000-000000000001', 'Marriage', 100000000, 100000000) ON CONFLICT DO NOTHING;
        """;

    private const string ClaimSql = """
        \set n random(1, 2000000000)
        BEGIN;
        INSERT INTO floor.appointment_day_locks (id_number, date, appointment_id) VALUES
          ('A' || :n || '-' || :client_id, '2030-01-01', gen_random_uuid()), ('B' || :n || '-' || :client_id, '2030-01-01', gen_random_uuid());
        INSERT INTO floor.appointments (id, booked_by, cancel_reason, cancelled_at_utc, channel, checked_in_at_utc, code, created_at_utc, date,
          division_code, office_id, party_a_id_number, party_a_name, party_a_phone, party_b_id_number, party_b_name, party_b_phone, period,
          replaced_by_id, reschedule_count, service_type, session_id, status, version)
          VALUES (gen_random_uuid(), 'bench.citizen', NULL, NULL, 'Online', NULL, substr(md5(random()::text), 1, 12), now(), '2030-01-01',
          '440304', '00000000-0000-0000-0000-000000000002', 'A' || :n || '-' || :client_id, '测试甲', '13800138001', 'B' || :n || '-' || :client_id,
          '测试乙', '13800138002', 'Morning', NULL, 0, 'Marriage', '00000000-0000-0000-0000-000000000001', 'Confirmed', 0);
        INSERT INTO floor.sms_outbox (id, attempts, created_at_utc, last_error, phone, sent_at_utc, text, topic) VALUES
          (gen_random_uuid(), 0, now(), NULL, '13800138001', NULL, '【深圳民政】您已预约12月1日下午福田区婚姻登记处结婚登记，预约码ABCD2345。请双方本人携带身份证、户口簿按时到深圳市福田区示例路1号办理。', 'appointment:ABCD2345'),
          (gen_random_uuid(), 0, now(), NULL, '13800138002', NULL, '【深圳民政】您已预约12月1日下午福田区婚姻登记处结婚登记，预约码ABCD2345。请双方本人携带身份证、户口簿按时到深圳市福田区示例路1号办理。', 'appointment:ABCD2345');
        UPDATE floor.session_quotas SET remaining = remaining - 1
          WHERE session_id = '00000000-0000-0000-0000-000000000001' AND service_type = 'Marriage' AND remaining > 0;
        SELECT pg_advisory_xact_lock(7270010001);
        INSERT INTO floor.audit_log (seq, at_utc, user_name, role, jurisdiction, action, entity, entity_id, summary, client_ip, prev_hash, hash)
          SELECT coalesce(l.seq, 0) + 1, now(), 'bench.citizen', '', '', 'create', 'Appointment', gen_random_uuid()::text,
            '{"before":null,"after":{"Code":"ABCD2345","PartyAIdNumber":"440304********1234","PartyAName":"测*甲"}}', NULL,
            coalesce(l.hash, ''), encode(sha256(convert_to(coalesce(l.hash, '') || :n, 'UTF8')), 'hex')
          FROM (SELECT 1) one LEFT JOIN (SELECT seq, hash FROM floor.audit_log ORDER BY seq DESC LIMIT 1) l ON true;
        END;
        """;

    private static async Task<Result> RunAsync(string connectionString, int clients, int seconds, string setup, string script)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        int allowed;
        await using (var c = new NpgsqlConnection(connectionString))
        {
            await c.OpenAsync();
            await using (var create = new NpgsqlCommand(setup, c))
            {
                await create.ExecuteNonQueryAsync();
            }
            await using var q = new NpgsqlCommand(
                "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int - (SELECT count(*)::int FROM pg_stat_activity)", c);
            allowed = (int)(await q.ExecuteScalarAsync())! - 5;
        }
        // the server's max_connections bounds pgbench (one connection per client); the note says when it did
        var n = Math.Min(clients, allowed);
        var dir = Directory.CreateTempSubdirectory("ca-pgbench-");
        try
        {
            var scriptFile = Path.Combine(dir.FullName, "script.sql");
            await File.WriteAllTextAsync(scriptFile, script);
            var psi = new ProcessStartInfo("pgbench")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var a in new[]
            {
                "-n", "-f", scriptFile, "-c", n.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(n, 4).ToString(CultureInfo.InvariantCulture),
                "-T", seconds.ToString(CultureInfo.InvariantCulture), "-l", "--log-prefix", Path.Combine(dir.FullName, "tx"),
                "-h", cs.Host!, "-p", cs.Port.ToString(CultureInfo.InvariantCulture), "-U", cs.Username!, cs.Database!,
            })
            {
                psi.ArgumentList.Add(a);
            }
            if (!string.IsNullOrEmpty(cs.Password))
            {
                psi.Environment["PGPASSWORD"] = cs.Password;
            }
            var children0 = CpuMeter.Children();
            var idle = CpuMeter.Backends(cs.Database!); // this database's other connections (the application's pool)
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            // every backend's CPU as last seen before it ended (from its start: connecting is included, a few ms per client)
            var seen = new Dictionary<int, double>();
            while (!p.HasExited)
            {
                foreach (var (pid, cpu) in CpuMeter.Backends(cs.Database!))
                {
                    seen[pid] = Math.Max(cpu, seen.GetValueOrDefault(pid));
                }
                await Task.WhenAny(p.WaitForExitAsync(), Task.Delay(100));
            }
            await p.WaitForExitAsync();
            var clientCpu = CpuMeter.Children() - children0;
            var text = await stdout;
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"pgbench failed ({p.ExitCode}): {await stderr}{text}");
            }
            // "tps = 3600.228507 (without initial connection time)"
            var tpsLine = text.Split('\n').First(l => l.StartsWith("tps = ", StringComparison.Ordinal));
            var tps = double.Parse(tpsLine["tps = ".Length..].Split(' ')[0], CultureInfo.InvariantCulture);
            // log lines: client_id transaction_no time_us script_no time_epoch time_us_part
            var latencies = dir.GetFiles("tx.*")
                .SelectMany(f => File.ReadLines(f.FullName))
                .Select(l => l.Split(' '))
                .Where(f => f.Length >= 3)
                .Select(f => double.Parse(f[2], CultureInfo.InvariantCulture) / 1000.0)
                .Order().ToArray();
            var note = n < clients ? $"pgbench limited to {n} clients by max_connections" : "";
            // "number of transactions actually processed: 16310"
            var done = long.Parse(text.Split('\n').First(l => l.StartsWith("number of transactions actually processed: ", StringComparison.Ordinal))
                ["number of transactions actually processed: ".Length..].Split(' ', '/')[0], CultureInfo.InvariantCulture);
            var cpuMs = (CpuMeter.Used(idle, seen) + clientCpu) * 1000 / Math.Max(1, done);
            return new Result(n, tps, MarriageRushBench.Percentile(latencies, 0.50), MarriageRushBench.Percentile(latencies, 0.99), note, cpuMs);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
