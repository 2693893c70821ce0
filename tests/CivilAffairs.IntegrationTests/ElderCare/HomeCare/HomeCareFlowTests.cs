using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.ElderCare.HomeCare.HomeCareTestData;

namespace CivilAffairs.IntegrationTests.ElderCare.HomeCare;

/// <summary>Subsidy application → street approval → orders → the provider's bill → the street approves and pays, through the API.</summary>
public abstract class HomeCareFlowTests(AppFixture app)
{
    private const string Api = "/api/v1/eldercare/homecare";

    private static async Task<JsonElement> OkAsync(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static object Order(string id, string item, DateOnly date, string start, int minutes, string worker, string? institution = null) =>
        new { institutionCode = institution, idNumber = id, item, date, start, minutes, worker };

    [Fact]
    public async Task Application_approval_orders_bill_capped_at_the_entitlement_then_street_approval_and_payment()
    {
        var elder = await app.FreshElderAsync("440304004", profile: p => { p.CareLevel = CareLevel.Severe; p.CareDiagnosisCertified = true; });
        var selfPay = await app.FreshElderAsync("440304004");
        var clerk = await app.ClientForAsync("futian.clerk");
        var street = await app.ClientForAsync("futian.street");
        var agency = await app.ClientForAsync("homecare.agency");

        var applied = await OkAsync(await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = elder.IdNumber, note = "独居" }), HttpStatusCode.Created);
        Assert.Equal("FullCare", applied.GetProperty("tier").GetString());
        Assert.Equal(300m, applied.GetProperty("monthlyAmount").GetDecimal());
        Assert.Contains("eldercare.homecare.subsidy.fullcare=300", applied.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(elder.IdNumber, applied.GetProperty("idNumberMasked").GetString(), StringComparison.Ordinal);
        var id = applied.GetProperty("id").GetGuid();

        // a second live application for the same elder is refused
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = elder.IdNumber })).StatusCode);
        // the clerk cannot approve; nor can the provider (no eldercare.approve)
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"{Api}/subsidies/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsync($"{Api}/subsidies/{id}/approve", null)).StatusCode);
        // another street's approver does not even see it
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("nanshan.street")).PostAsync($"{Api}/subsidies/{id}/approve", null)).StatusCode);

        var approved = await OkAsync(await street.PostAsync($"{Api}/subsidies/{id}/approve", null));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(new DateOnly(Today.Year, Today.Month, 1).AddMonths(1), DateOnly.Parse(approved.GetProperty("startMonth").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        // orders and bills are for ended months: as if approved long ago
        var month = MonthsAgo(5);
        await app.BackdateAsync(id, month.AddMonths(-1));

        // the provider sees the allowance only
        var allowance = await OkAsync(await agency.GetAsync($"{Api}/allowance?idNumber={elder.IdNumber}&month={month:yyyy-MM}"));
        Assert.True(allowance.GetProperty("subsidised").GetBoolean());
        Assert.Equal(300m, allowance.GetProperty("monthlyAmount").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"{Api}/subsidies/{id}")).StatusCode);

        // three 90-minute rehab visits at 80 yuan an hour = 360 (cap 300) and one self-paid hour of cleaning at 40
        for (var i = 0; i < 3; i++)
        {
            var o = await OkAsync(await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "康复护理", month.AddDays(2 + i * 7), "09:00", 90, "流程测试甲")), HttpStatusCode.Created);
            Assert.Equal(120m, o.GetProperty("amount").GetDecimal());
            Assert.True(o.GetProperty("subsidised").GetBoolean());
        }
        var self = await OkAsync(await agency.PostAsJsonAsync($"{Api}/orders", Order(selfPay.IdNumber, "clean", month.AddDays(3), "14:00", 60, "流程测试乙")), HttpStatusCode.Created);
        Assert.False(self.GetProperty("subsidised").GetBoolean());

        // the provider cannot bill the current month, and bills the ended one
        Assert.Equal(HttpStatusCode.BadRequest, (await agency.PostAsJsonAsync($"{Api}/bills", new { month = $"{Today:yyyy-MM}" })).StatusCode);
        var bill = await OkAsync(await agency.PostAsJsonAsync($"{Api}/bills", new { month = $"{month:yyyy-MM}" }), HttpStatusCode.Created);
        Assert.Equal("Submitted", bill.GetProperty("status").GetString());
        Assert.Equal(4, bill.GetProperty("orders").GetInt32());
        Assert.Equal(400m, bill.GetProperty("total").GetDecimal());
        Assert.Equal(300m, bill.GetProperty("subsidised").GetDecimal());
        Assert.Equal(100m, bill.GetProperty("selfPaid").GetDecimal());
        var line = bill.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("entitlement").GetDecimal() == 300m);
        Assert.Equal(360m, line.GetProperty("amount").GetDecimal());
        Assert.Equal(300m, line.GetProperty("subsidised").GetDecimal());
        Assert.Equal(60m, line.GetProperty("selfPaid").GetDecimal());
        var billId = bill.GetProperty("id").GetGuid();

        // a month is settled once; its orders are locked
        Assert.Equal(HttpStatusCode.Conflict, (await agency.PostAsJsonAsync($"{Api}/bills", new { month = $"{month:yyyy-MM}" })).StatusCode);
        var late = await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", month.AddDays(20), "10:00", 30, "流程测试甲"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("锁定", (await late.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // only the provider's street (or above) decides; the provider cannot
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsync($"{Api}/bills/{billId}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("nanshan.street")).PostAsync($"{Api}/bills/{billId}/approve", null)).StatusCode);
        var ok = await OkAsync(await street.PostAsync($"{Api}/bills/{billId}/approve", null));
        Assert.Equal("Approved", ok.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await street.PostAsJsonAsync($"{Api}/bills/{billId}/pay", new { amount = 301m, paidOn = Today })).StatusCode);
        var paid = await OkAsync(await street.PostAsJsonAsync($"{Api}/bills/{billId}/pay", new { amount = 300m, paidOn = Today }));
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(300m, paid.GetProperty("paidAmount").GetDecimal());
    }

    [Fact]
    public async Task Demo_data_has_last_months_bill_waiting_for_the_street_and_an_older_one_paid()
    {
        var bills = await OkAsync(await (await app.ClientForAsync("futian.street")).GetAsync($"{Api}/bills"));
        var numbers = bills.EnumerateArray().ToDictionary(b => b.GetProperty("number").GetString()!, b => b.GetProperty("status").GetString());
        Assert.Equal("Submitted", numbers[$"JS-{MonthsAgo(1):yyyyMM}-JJ440304001"]);
        Assert.Equal("Paid", numbers[$"JS-{MonthsAgo(3):yyyyMM}-JJ440304001"]);
        var subsidies = await OkAsync(await (await app.ClientForAsync("futian.district")).GetAsync($"{Api}/subsidies?status=Approved"));
        Assert.True(subsidies.GetArrayLength() >= 10);
        Assert.Contains(subsidies.EnumerateArray(), s => s.GetProperty("tier").GetString() == "FullCare");
        Assert.Contains(subsidies.EnumerateArray(), s => s.GetProperty("tier").GetString() == "Priority");
    }

    [Fact]
    public async Task A_returned_bill_unlocks_its_orders_and_can_be_submitted_again()
    {
        var elder = await app.FreshElderAsync("440304004");
        var agency = await app.ClientForAsync("homecare.agency");
        var street = await app.ClientForAsync("futian.street");
        var month = MonthsAgo(6);
        await OkAsync(await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", month.AddDays(4), "15:00", 60, "退回测试")), HttpStatusCode.Created);
        var bill = await OkAsync(await agency.PostAsJsonAsync($"{Api}/bills", new { month = $"{month:yyyy-MM}" }), HttpStatusCode.Created);
        var billId = bill.GetProperty("id").GetGuid();
        Assert.False(string.IsNullOrEmpty(await (await street.PostAsJsonAsync($"{Api}/bills/{billId}/return", new { reason = " " })).FieldErrorAsync("reason")));
        var back = await OkAsync(await street.PostAsJsonAsync($"{Api}/bills/{billId}/return", new { reason = "工单缺少服务人员签名" }));
        Assert.Equal("Returned", back.GetProperty("status").GetString());
        await OkAsync(await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", month.AddDays(5), "15:00", 60, "退回测试")), HttpStatusCode.Created);
        var again = await OkAsync(await agency.PostAsJsonAsync($"{Api}/bills", new { month = $"{month:yyyy-MM}" }), HttpStatusCode.Created);
        Assert.Equal(billId, again.GetProperty("id").GetGuid());
        Assert.Equal("Submitted", again.GetProperty("status").GetString());
        Assert.Equal(2, again.GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task Non_hukou_and_ineligible_elders_are_refused_with_a_reason_and_uncertified_full_care_does_not_count()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var outsider = await app.FreshElderAsync("440304004", hukou: false, profile: p => p.ThreeNo = true);
        var r1 = await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = outsider.IdNumber });
        Assert.Equal(HttpStatusCode.Conflict, r1.StatusCode);
        Assert.Contains("深圳户籍", (await r1.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var uncertified = await app.FreshElderAsync("440304004", profile: p => p.CareLevel = CareLevel.Moderate);
        var r2 = await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = uncertified.IdNumber });
        Assert.Equal(HttpStatusCode.Conflict, r2.StatusCode);
        Assert.Contains("诊断证明", (await r2.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var bad = await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = "440304" });
        Assert.False(string.IsNullOrEmpty(await bad.FieldErrorAsync("idNumber")));
    }

    [Fact]
    public async Task Recheck_records_a_change_and_stops_when_nothing_applies_and_a_death_stops_the_subsidy()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var street = await app.ClientForAsync("futian.street");
        var elder = await app.FreshElderAsync("440304004", profile: p => p.Entitled = true);
        var s = await OkAsync(await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = elder.IdNumber }), HttpStatusCode.Created);
        var id = s.GetProperty("id").GetGuid();
        Assert.Equal("Priority", s.GetProperty("tier").GetString());
        await OkAsync(await street.PostAsync($"{Api}/subsidies/{id}/approve", null));

        // the profile loses 优抚 status: the recheck stops the subsidy at the end of this month
        await app.FreshProfileAsync(elder.PersonId, p => p.Entitled = false);
        var stopped = await OkAsync(await clerk.PostAsync($"{Api}/subsidies/{id}/recheck", null));
        Assert.Equal("Stopped", stopped.GetProperty("status").GetString());
        Assert.Contains("复核", stopped.GetProperty("stopReason").GetString(), StringComparison.Ordinal);
        Assert.Contains(stopped.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "停发");

        var other = await app.FreshElderAsync("440304004", profile: p => p.ThreeNo = true);
        var s2 = await OkAsync(await clerk.PostAsJsonAsync($"{Api}/subsidies", new { idNumber = other.IdNumber }), HttpStatusCode.Created);
        var id2 = s2.GetProperty("id").GetGuid();
        await OkAsync(await street.PostAsync($"{Api}/subsidies/{id2}/approve", null));
        // certified full care now: the recheck records the change of line
        await app.FreshProfileAsync(other.PersonId, p => { p.CareLevel = CareLevel.Severe; p.CareDiagnosisCertified = true; });
        var changed = await OkAsync(await clerk.PostAsync($"{Api}/subsidies/{id2}/recheck", null));
        Assert.Equal("Approved", changed.GetProperty("status").GetString());
        // 300 either way: on a tie the more specific line (介护) is recorded
        Assert.Equal("FullCare", changed.GetProperty("tier").GetString());
        Assert.Contains(changed.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "复核变更");

        await app.DieAsync(other.IdNumber, Today);
        var dead = await OkAsync(await clerk.GetAsync($"{Api}/subsidies/{id2}"));
        Assert.Equal("Stopped", dead.GetProperty("status").GetString());
        Assert.Contains("死亡", dead.GetProperty("stopReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_sees_and_acts_for_its_own_institution_only()
    {
        var agency = await app.ClientForAsync("homecare.agency");
        var elder = await app.FreshElderAsync("440304004");
        var nanshanElder = await app.FreshElderAsync("440305001");
        var month = MonthsAgo(7);
        var dayCare = await app.ForeignOrderAsync("RZ440304004", "440304004", elder, month.AddDays(1));
        var nanshan = await app.ForeignOrderAsync("JJ440305001", "440305001", nanshanElder, month.AddDays(1));

        var mine = await OkAsync(await agency.GetAsync($"{Api}/orders?month={month:yyyy-MM}"));
        var ids = mine.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(dayCare, ids);
        Assert.DoesNotContain(nanshan, ids);
        Assert.All(mine.GetProperty("items").EnumerateArray(), o => Assert.Equal("JJ440304001", o.GetProperty("institutionCode").GetString()));
        Assert.Equal(0, (await OkAsync(await agency.GetAsync($"{Api}/orders?month={month:yyyy-MM}&institution=JJ440305001"))).GetProperty("count").GetInt32());

        // the street sees its day-care centre's order; Nanshan's street sees Nanshan's
        var streetView = await OkAsync(await (await app.ClientForAsync("futian.street")).GetAsync($"{Api}/orders?month={month:yyyy-MM}"));
        Assert.Contains(streetView.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == dayCare);
        Assert.DoesNotContain(streetView.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == nanshan);

        // writing or billing for another institution is refused as if it did not exist
        Assert.Equal(HttpStatusCode.NotFound,
            (await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", month.AddDays(2), "10:00", 30, "隔离测试", "RZ440304004"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.PostAsJsonAsync($"{Api}/bills", new { month = $"{month:yyyy-MM}", institutionCode = "JJ440305001" })).StatusCode);
        // bureau decisions stay with the bureau
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"{Api}/subsidies")).StatusCode);
        // an institution account without an institution code sees nothing of home care
        var welfare = await app.ClientForAsync("welfare.center");
        Assert.Equal(HttpStatusCode.Forbidden, (await welfare.GetAsync($"{Api}/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await welfare.GetAsync($"{Api}/bills")).StatusCode);
    }

    [Fact]
    public async Task Order_validation_refuses_future_dates_bad_durations_and_overlaps()
    {
        var agency = await app.ClientForAsync("homecare.agency");
        var elder = await app.FreshElderAsync("440304004");
        var day = MonthsAgo(8).AddDays(9);
        Assert.Contains("晚于今天", await (await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", Today.AddDays(1), "10:00", 30, "校验测试"))).FieldErrorAsync("date"), StringComparison.Ordinal);
        Assert.Contains("15", await (await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", day, "10:00", 10, "校验测试"))).FieldErrorAsync("minutes"), StringComparison.Ordinal);
        Assert.Contains("480", await (await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", day, "08:00", 481, "校验测试"))).FieldErrorAsync("minutes"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(await (await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "洗车", day, "10:00", 30, "校验测试"))).FieldErrorAsync("item")));
        await OkAsync(await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "visit", day, "10:00", 60, "校验测试")), HttpStatusCode.Created);
        var other = await app.FreshElderAsync("440304004");
        var sameWorker = await agency.PostAsJsonAsync($"{Api}/orders", Order(other.IdNumber, "clean", day, "10:30", 60, "校验测试"));
        Assert.Equal(HttpStatusCode.Conflict, sameWorker.StatusCode);
        Assert.Contains("服务人员", (await sameWorker.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var sameElder = await agency.PostAsJsonAsync($"{Api}/orders", Order(elder.IdNumber, "clean", day, "10:45", 30, "另一员工"));
        Assert.Equal(HttpStatusCode.Conflict, sameElder.StatusCode);
        Assert.Contains("老人", (await sameElder.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        // back to back is fine
        await OkAsync(await agency.PostAsJsonAsync($"{Api}/orders", Order(other.IdNumber, "clean", day, "11:00", 60, "校验测试")), HttpStatusCode.Created);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HomeCareFlowSqliteTests(SqliteApp app) : HomeCareFlowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HomeCareFlowPostgresTests(PostgresApp app) : HomeCareFlowTests(app);
