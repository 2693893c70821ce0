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

    public static async Task<Result> RunAsync(string connectionString, int clients, int seconds)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        int allowed;
        await using (var c = new NpgsqlConnection(connectionString))
        {
            await c.OpenAsync();
            await using (var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS hot (id int PRIMARY KEY, n bigint NOT NULL); INSERT INTO hot VALUES (1, 0) ON CONFLICT DO NOTHING", c))
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
            var script = Path.Combine(dir.FullName, "hot.sql");
            await File.WriteAllTextAsync(script, "UPDATE hot SET n = n + 1 WHERE id = 1;\n");
            var psi = new ProcessStartInfo("pgbench")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var a in new[]
            {
                "-n", "-f", script, "-c", n.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(n, 4).ToString(CultureInfo.InvariantCulture),
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
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            // the backends' CPU from the moment all clients are connected (pgbench's tps excludes connecting) to the last look
            (Dictionary<int, double> Cpu, DateTime At)? first = null, last = null;
            while (!p.HasExited)
            {
                var now = (CpuMeter.Backends(cs.Database!), DateTime.UtcNow);
                if (first is null && now.Item1.Count >= n)
                {
                    first = now;
                }
                if (first is not null)
                {
                    last = now;
                }
                await Task.WhenAny(p.WaitForExitAsync(), Task.Delay(200));
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
            var serverCpuPerSecond = first is { } f && last is { } l && l.At > f.At ? CpuMeter.Used(f.Cpu, l.Cpu) / (l.At - f.At).TotalSeconds : double.NaN;
            var cpuMs = (serverCpuPerSecond / tps + clientCpu / (tps * seconds)) * 1000;
            return new Result(n, tps, MarriageRushBench.Percentile(latencies, 0.50), MarriageRushBench.Percentile(latencies, 0.99), note, cpuMs);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
