using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>Batch size and a test-only fault hook (the crash test kills a run between or inside batches).</summary>
internal sealed class PaymentRunSettings
{
    public int BatchSize { get; set; } = 20_000;

    /// <summary>Test only: throw after this many batches have committed in one computation.</summary>
    public int? FailAfterBatches { get; set; }

    /// <summary>Test only: throw inside this batch (lines written, cursor not yet committed).</summary>
    public int? FailInsideBatch { get; set; }

    /// <summary>Where a computation spent its time (ms): load, compute, write, commit — for the benchmark.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, double> Timings { get; } = new();
}

/// <summary>Thrown by the fault hook; stands for the process being killed.</summary>
internal sealed class SimulatedCrashException(string message) : Exception(message);

/// <summary>
/// Computes a run: streams the enrolments of its scope in key order, one batch at a time; each
/// batch's lines, the cursor and the totals commit in one transaction. Starting again after a
/// crash continues from the cursor, so totals are exact and no line is written twice.
/// </summary>
internal sealed class PaymentRunEngine(AssistanceDb db, ParameterStore parameters, PaymentRunSettings settings, PaymentLineWriter writer)
{
    private static readonly IReadOnlyList<string> Keys = AssistanceParameters.Definitions().Select(d => d.Key).ToList();

    private sealed record Row(Enrolment Enrolment, List<EnrolmentMember> Members);

    public async Task ComputeAsync(PaymentRun run, CancellationToken ct)
    {
        var sets = ParameterSet.ListFromJson(run.ParametersJson);
        var setIndex = new Dictionary<(DateOnly, string), int>();
        var months = Months(run.Month, run.ToMonth);
        var committed = 0;
        var policies = new Dictionary<(int, Programme), Policy>();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string what)
        {
            settings.Timings.AddOrUpdate(what, sw.Elapsed.TotalMilliseconds, (_, v) => v + sw.Elapsed.TotalMilliseconds);
            sw.Restart();
        }
        while (true)
        {
            var batch = await LoadBatchAsync(run, run.Cursor, ct);
            Lap("load");
            if (batch.Count == 0)
            {
                break;
            }
            var setsBefore = sets.Count;
            var paid = run.Kind == PaymentRunKind.BackPay ? await PaidAsync(batch, run, ct) : null;
            var lines = new List<PaymentLine>(batch.Count * months.Count);
            foreach (var row in batch)
            {
                foreach (var month in months)
                {
                    if (!PaidIn(row.Enrolment, month))
                    {
                        continue;
                    }
                    var set = await SetForAsync(month, row.Enrolment.DivisionCode, sets, setIndex, ct);
                    if (!policies.TryGetValue((set, row.Enrolment.Programme), out var policy))
                    {
                        policies[(set, row.Enrolment.Programme)] = policy = sets[set].PolicyFor(row.Enrolment.Programme);
                    }
                    var line = Compute(run, row, month, set, policy, paid);
                    if (line is not null)
                    {
                        lines.Add(line);
                    }
                }
            }
            var cursor = batch[^1].Enrolment.Id;
            Lap("compute");
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await writer.WriteAsync(db, lines, ct);
                Lap("write");
                if (settings.FailInsideBatch == run.Batches + 1)
                {
                    settings.FailInsideBatch = null;
                    throw new SimulatedCrashException($"simulated crash inside batch {run.Batches + 1}");
                }
                var ok = lines.Where(l => l.Status != PaymentLineStatus.Exception).ToList();
                var households = ok.Select(l => l.EnrolmentId).Distinct().Count();
                var persons = run.Kind == PaymentRunKind.BackPay
                    ? ok.GroupBy(l => l.EnrolmentId).Sum(g => g.Max(l => l.HouseholdSize)) : ok.Sum(l => l.HouseholdSize);
                var amount = ok.Sum(l => l.Amount);
                var exceptions = lines.Count - ok.Count;
                var json = sets.Count != setsBefore ? ParameterSet.ListToJson(sets) : run.ParametersJson;
                var before = run.Cursor;
                var n = await db.PaymentRuns.IgnoreQueryFilters()
                    .Where(r => r.Id == run.Id && r.Cursor == before && r.Status == PaymentRunStatus.Computing)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.Cursor, cursor).SetProperty(r => r.Batches, r => r.Batches + 1)
                        .SetProperty(r => r.Households, r => r.Households + households).SetProperty(r => r.Persons, r => r.Persons + persons)
                        .SetProperty(r => r.Amount, r => r.Amount + amount).SetProperty(r => r.Exceptions, r => r.Exceptions + exceptions)
                        .SetProperty(r => r.ParametersJson, json), ct);
                if (n != 1)
                {
                    // someone else computed this batch (a second process on the same run): stop, they continue
                    throw new Platform.Http.BusinessRuleException("该批次正在由另一进程计算，请稍后刷新");
                }
                await tx.CommitAsync(ct);
                run.Cursor = cursor;
                run.Batches++;
                run.Households += households;
                run.Persons += persons;
                run.Amount += amount;
                run.Exceptions += exceptions;
                run.ParametersJson = json;
            }
            Lap("commit");
            committed++;
            if (settings.FailAfterBatches == committed)
            {
                settings.FailAfterBatches = null;
                throw new SimulatedCrashException($"simulated crash after {committed} batches");
            }
        }
    }

    public static List<DateOnly> Months(DateOnly from, DateOnly to)
    {
        var list = new List<DateOnly>();
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            list.Add(m);
        }
        return list;
    }

    /// <summary>Paid for a month: enrolled by then and not stopped before it (suspended households are not loaded).</summary>
    private static bool PaidIn(Enrolment e, DateOnly month) => e.EnrolFrom <= month && (e.StoppedFrom is null || e.StoppedFrom > month);

    private async Task<List<Row>> LoadBatchAsync(PaymentRun run, Guid? cursor, CancellationToken ct)
    {
        if (!db.IsSqlite)
        {
            var rows = await EnrolmentStream.ReadBatchAsync(db, run, cursor, settings.BatchSize, db.Scope.User.Jurisdiction ?? "#", ct);
            return rows.Select(x => new Row(x.Enrolment, x.Members)).ToList();
        }
        var first = run.Month;
        var last = run.ToMonth;
        var scope = run.DivisionCode;
        var q = db.Enrolments.AsNoTracking()
            .Where(e => e.DivisionCode.StartsWith(scope) && e.Programme != Programme.LowIncome && e.EnrolFrom <= last
                && ((e.Status == EnrolmentStatus.Active && (e.StoppedFrom == null || e.StoppedFrom > first))
                    || (e.Status == EnrolmentStatus.Stopped && e.StoppedFrom != null && e.StoppedFrom > first)));
        if (cursor is { } c)
        {
            q = q.Where(e => e.Id.CompareTo(c) > 0);
        }
        if (run.Kind == PaymentRunKind.Regular)
        {
            // a household another (overlapping) regular run already paid for this month is skipped
            q = q.Where(e => !db.PaymentLines.IgnoreQueryFilters().Any(l => l.EnrolmentId == e.Id && l.Month == first && l.Kind == PaymentRunKind.Regular));
        }
        var enrolments = await q.OrderBy(e => e.Id).Take(settings.BatchSize).ToListAsync(ct);
        if (enrolments.Count == 0)
        {
            return [];
        }
        var ids = enrolments.Select(e => e.Id).ToList();
        var members = await db.EnrolmentMembers.AsNoTracking().Where(m => ids.Contains(m.EnrolmentId)).ToListAsync(ct);
        var byEnrolment = members.GroupBy(m => m.EnrolmentId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Relation == "02" ? 0 : 1).ThenBy(m => m.Id).ToList());
        return enrolments.Select(e => new Row(e, byEnrolment.GetValueOrDefault(e.Id) ?? [])).ToList();
    }

    /// <summary>What released regular runs and live back-pay runs paid per household and month.</summary>
    private async Task<Dictionary<(Guid, DateOnly), decimal>> PaidAsync(List<Row> batch, PaymentRun run, CancellationToken ct)
    {
        var ids = batch.Select(r => r.Enrolment.Id).ToList();
        var rows = await (from l in db.PaymentLines.IgnoreQueryFilters()
                          join r in db.PaymentRuns.IgnoreQueryFilters() on l.RunId equals r.Id
                          where ids.Contains(l.EnrolmentId) && l.Month >= run.Month && l.Month <= run.ToMonth && l.Status != PaymentLineStatus.Exception
                              && ((l.Kind == PaymentRunKind.Regular && r.Status == PaymentRunStatus.Released)
                                  || (l.Kind == PaymentRunKind.BackPay && r.Status != PaymentRunStatus.Cancelled))
                          select new { l.EnrolmentId, l.Month, l.Kind, l.Amount }).ToListAsync(ct);
        // only months a regular run actually paid are topped up
        var regular = rows.Where(r => r.Kind == PaymentRunKind.Regular).Select(r => (r.EnrolmentId, r.Month)).ToHashSet();
        return rows.Where(r => regular.Contains((r.EnrolmentId, r.Month)))
            .GroupBy(r => (r.EnrolmentId, r.Month)).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
    }

    /// <summary>
    /// The policy is loaded once per month and division (and recorded once per distinct set of
    /// overriding versions), not once per household.
    /// </summary>
    private async Task<int> SetForAsync(DateOnly month, string division, List<ParameterSet> sets, Dictionary<(DateOnly, string), int> index, CancellationToken ct)
    {
        if (index.TryGetValue((month, division), out var i))
        {
            return i;
        }
        var found = await parameters.FindManyAsync(Keys, month, division, ct);
        var values = found.Values.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FrozenParameter(p.Key, p.Value, p.ValidFrom, p.LegalBasis, p.DivisionCode)).ToList();
        var signature = string.Join(",", values.Select(v => v.DivisionCode).Distinct().OrderBy(d => d.Length));
        i = sets.FindIndex(s => s.Month == month && s.Values.SequenceEqual(values));
        if (i < 0)
        {
            sets.Add(new ParameterSet { Month = month, Signature = signature, Values = values });
            i = sets.Count - 1;
        }
        index[(month, division)] = i;
        return i;
    }

    private static PaymentLine? Compute(PaymentRun run, Row row, DateOnly month, int setNo, Policy policy, Dictionary<(Guid, DateOnly), decimal>? paid)
    {
        var e = row.Enrolment;
        var snapshot = HouseholdSnapshot.Of(e, row.Members, month);
        snapshot.ParameterSet = setNo;
        var line = new PaymentLine
        {
            RunId = run.Id, Kind = run.Kind, EnrolmentId = e.Id, Month = month, Programme = e.Programme, DivisionCode = e.DivisionCode,
            PayeeName = e.HeadName, PayeeIdNumber = e.HeadIdNumber, BankName = e.BankName, BankAccount = e.BankAccount,
            HouseholdSize = snapshot.Members.Count, Status = PaymentLineStatus.Pending,
        };
        if (snapshot.Members.Count == 0)
        {
            return Exception(line, snapshot, run.Kind == PaymentRunKind.BackPay ? null : "家庭成员均已减员");
        }
        var result = snapshot.Calculate(policy);
        if (run.Kind == PaymentRunKind.BackPay)
        {
            if (paid is null || !paid.TryGetValue((e.Id, month), out var before) || !result.Eligible)
            {
                return null;
            }
            snapshot.Paid = before;
            var diff = MeansTest.Money(result.MonthlyBenefit - before);
            if (diff <= 0)
            {
                return null;
            }
            line.Amount = diff;
        }
        else
        {
            line.Amount = result.MonthlyBenefit;
            if (!result.Eligible || result.MonthlyBenefit <= 0)
            {
                return Exception(line, snapshot, "按当月标准不再符合条件：" + string.Join("；", result.Reasons));
            }
        }
        if (string.IsNullOrWhiteSpace(e.BankAccount))
        {
            return Exception(line, snapshot, "无银行账户，未发放");
        }
        line.InputsJson = snapshot.ToJson();
        return line;
    }

    private static PaymentLine? Exception(PaymentLine line, HouseholdSnapshot snapshot, string? note)
    {
        if (note is null)
        {
            return null;
        }
        line.Status = PaymentLineStatus.Exception;
        line.Note = note.Length > 500 ? note[..500] : note;
        line.InputsJson = snapshot.ToJson();
        return line;
    }
}
