using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.SocialOrgs.Credit.CreditTestKit;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Credit;

/// <summary>Credit lists through the API on both databases: listing, letters, the sweep, removal, who sees what.</summary>
public abstract class CreditListsTests(AppFixture app)
{
    [Fact]
    public async Task A_registrar_lists_an_organization_by_hand_its_status_follows_and_a_late_entry_is_flagged()
    {
        var npo = await app.ClientForAsync("city.npo");
        var code = Code(5);
        var abnormal = await npo.CreditManualAsync(code, "NoPartyOrganization", Today.AddDays(-30));
        Assert.Equal("Abnormal", abnormal.GetProperty("list").GetString());
        Assert.True(abnormal.GetProperty("lateEntry").GetBoolean());
        Assert.StartsWith("YC-", abnormal.GetProperty("number").GetString());
        Assert.Equal(CreditStatus.Abnormal, (await app.CreditOrgAsync(code)).CreditStatus);

        var serious = await npo.CreditManualAsync(code, "DishonestDebtor", Today);
        Assert.False(serious.GetProperty("lateEntry").GetBoolean());
        Assert.Equal(CreditStatus.Serious, (await app.CreditOrgAsync(code)).CreditStatus);
        var entries = await app.CreditEntriesOfAsync(code);
        Assert.Equal(2, entries.Count(e => e.RemovedOn == null));
        Assert.All(entries, e => Assert.Contains("工作日", e.RuleNote));

        // the same fact again lists nothing new
        await npo.CreditManualAsync(code, "DishonestDebtor", Today);
        Assert.Equal(2, (await app.CreditEntriesOfAsync(code)).Count);

        // input, role and authority
        var bad = await npo.PostAsJsonAsync($"{Base}/entries", new { creditCode = code, trigger = "Unreachable", occurredOn = Today.AddDays(3), basis = "x" });
        Assert.Contains("列入事由", await bad.FieldErrorAsync("trigger"));
        Assert.Contains("不能晚于今天", await bad.FieldErrorAsync("occurredOn"));
        // 福田's registrar sees a city-registered organization located in 福田 but is not its registration authority; one in 南山 it does not see at all
        await (await app.ClientForAsync("futian.npo")).CreditManualAsync(Code(4), "NoPartyOrganization", Today, expected: HttpStatusCode.Forbidden);
        await (await app.ClientForAsync("futian.npo")).CreditManualAsync(code, "NoPartyOrganization", Today, expected: HttpStatusCode.BadRequest);
        await (await app.ClientForAsync("org.assoc")).CreditManualAsync(code, "NoPartyOrganization", Today, expected: HttpStatusCode.Forbidden);

        // the list and its Excel export
        var list = await (await npo.GetAsync($"{Base}/entries?tab=serious&q={code}")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var xlsx = await npo.GetAsync($"{Base}/entries.xlsx?tab=abnormal&q={code}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal(abnormal.GetProperty("number").GetString(), row["编号"]);
        Assert.Equal("未按规定设立党组织", row["列入事由"]);
        Assert.Equal("是", row["逾期录入"]);
    }

    [Fact]
    public async Task Two_unsigned_letters_35_days_apart_list_the_organization_and_15_days_apart_are_explained_not_listed()
    {
        var npo = await app.ClientForAsync("city.npo");
        var code = Code(6);
        var one = await npo.CreditPostAsync("/letters", new { creditCode = code, trackingNumber = "XA1000" + Guid.NewGuid().ToString("N")[..6], sentOn = Today.AddDays(-70), returnedUnsignedOn = Today.AddDays(-60) });
        Assert.False(one.GetProperty("listed").GetBoolean());
        Assert.Contains("目前1封", one.GetProperty("explanation").GetString());
        var two = await npo.CreditPostAsync("/letters", new { creditCode = code, trackingNumber = "XA2000" + Guid.NewGuid().ToString("N")[..6], sentOn = Today.AddDays(-35) });
        Assert.False(two.GetProperty("listed").GetBoolean());
        var back = await npo.CreditPostAsync($"/letters/{two.GetProperty("letter").GetProperty("id").GetGuid()}/returned", new { returnedUnsignedOn = Today.AddDays(-25) });
        Assert.True(back.GetProperty("listed").GetBoolean(), back.ToString());
        Assert.Contains("间隔35天", back.GetProperty("explanation").GetString());
        var entry = Assert.Single(await app.CreditEntriesOfAsync(code));
        Assert.Equal(CreditTrigger.Unreachable, entry.Trigger);
        Assert.Equal(back.GetProperty("entryNumber").GetString(), entry.Number);
        Assert.Equal(Today.AddDays(-25), entry.OccurredOn);
        Assert.Contains("间隔35天", entry.Basis);
        Assert.Equal(CreditStatus.Abnormal, (await app.CreditOrgAsync(code)).CreditStatus);

        var other = Code(7);
        await npo.CreditPostAsync("/letters", new { creditCode = other, trackingNumber = "XA3000" + Guid.NewGuid().ToString("N")[..6], sentOn = Today.AddDays(-40), returnedUnsignedOn = Today.AddDays(-30) });
        var near = await npo.CreditPostAsync("/letters", new { creditCode = other, trackingNumber = "XA4000" + Guid.NewGuid().ToString("N")[..6], sentOn = Today.AddDays(-25), returnedUnsignedOn = Today.AddDays(-20) });
        Assert.False(near.GetProperty("listed").GetBoolean());
        Assert.Contains("间隔15天，不在20–60天之内", near.GetProperty("explanation").GetString());
        Assert.Empty(await app.CreditEntriesOfAsync(other));

        // the organization itself never sees the bureau's letters
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("org.assoc")).GetAsync($"{Base}/letters")).StatusCode);
    }

    [Fact]
    public async Task The_sweep_moves_a_listing_of_two_years_to_the_serious_list_once_and_leaves_a_younger_one()
    {
        var old = Code(8);
        var young = Code(9);
        await app.CreditDbAsync(async db =>
        {
            foreach (var (code, listed) in new[] { (old, Today.AddYears(-2).AddDays(-1)), (young, Today.AddYears(-2).AddDays(1)) })
            {
                var org = await db.Organizations.IgnoreQueryFilters().FirstAsync(o => o.CreditCode == code);
                org.CreditStatus = CreditStatus.Abnormal;
                db.CreditEntries.Add(new CreditListEntry
                {
                    Number = "YC-T-" + Guid.NewGuid().ToString("N")[..10], OrganizationId = org.Id, CreditCode = code, DivisionCode = org.DivisionCode,
                    List = CreditList.Abnormal, Trigger = CreditTrigger.NoAnnualReport, Basis = "未报送年度工作报告（测试）", OccurredOn = listed.AddDays(-3),
                    DueBy = listed, ListedOn = listed, PeriodStart = listed, ListedBy = "test",
                });
            }
            return 0;
        });
        var npo = await app.ClientForAsync("city.npo");
        var first = await npo.CreditPostAsync("/sweep", new { });
        Assert.True(first.GetProperty("promoted").GetInt32() >= 1);
        var second = await npo.CreditPostAsync("/sweep", new { });
        Assert.Equal(0, second.GetProperty("promoted").GetInt32());

        var entries = await app.CreditEntriesOfAsync(old);
        var promoted = Assert.Single(entries, e => e.List == CreditList.Serious);
        Assert.Equal(CreditTrigger.AbnormalTwoYears, promoted.Trigger);
        Assert.Contains(entries, e => e.List == CreditList.Abnormal && e.RemovedOn == null);
        Assert.Equal(CreditStatus.Serious, (await app.CreditOrgAsync(old)).CreditStatus);
        Assert.DoesNotContain(await app.CreditEntriesOfAsync(young), e => e.List == CreditList.Serious);
        // a district registrar's sweep does not reach city-registered organizations
        Assert.Equal(0, (await (await app.ClientForAsync("futian.npo")).CreditPostAsync("/sweep", new { })).GetProperty("promoted").GetInt32());
    }

    [Fact]
    public async Task The_organization_proves_the_fix_the_registrar_removes_the_abnormal_entry_and_it_sees_only_its_own_entries()
    {
        var code = Code(1); // org.assoc
        var npo = await app.ClientForAsync("city.npo");
        var listed = await npo.CreditManualAsync(code, "NoPartyOrganization", Today.AddDays(-2));
        var id = listed.GetProperty("id").GetGuid();
        var org = await app.ClientForAsync("org.assoc");

        var mine = await (await org.GetAsync($"{Base}/entries")).JsonAsync();
        Assert.True(mine.GetProperty("total").GetInt32() >= 1);
        Assert.All(mine.GetProperty("items").EnumerateArray(), e => Assert.Equal(code, e.GetProperty("creditCode").GetString()));
        var stranger = (await app.CreditEntriesOfAsync(Code(13))).First();
        Assert.Equal(HttpStatusCode.NotFound, (await org.GetAsync($"{Base}/entries/{stranger.Id}")).StatusCode);

        var missing = await org.PostAsJsonAsync($"{Base}/entries/{id}/proof", new { proof = "" });
        Assert.Contains("整改的事项", await missing.FieldErrorAsync("fixed"));
        var request = await org.CreditPostAsync($"/entries/{id}/proof", new { @fixed = "已成立党支部", proof = "经上级党组织批复成立党支部，批复文号深社党〔2026〕12号。" }, HttpStatusCode.Created);
        Assert.Equal("Pending", request.GetProperty("status").GetString());
        Assert.True(request.GetProperty("dueBy").GetString()!.CompareTo(request.GetProperty("submittedOn").GetString()) > 0);
        await org.CreditPostAsync($"/entries/{id}/proof", new { @fixed = "再次申请", proof = "重复提交的证明材料" }, HttpStatusCode.Conflict);
        var removalId = request.GetProperty("id").GetGuid();
        await org.CreditPostAsync($"/removals/{removalId}/verify", new { accept = true }, HttpStatusCode.Forbidden);

        var verified = await npo.CreditPostAsync($"/removals/{removalId}/verify", new { accept = true, note = "批复属实" });
        Assert.Equal("Removed", verified.GetProperty("status").GetString());
        var entry = Assert.Single(await app.CreditEntriesOfAsync(code), e => e.Id == id);
        Assert.Equal(Today, entry.RemovedOn);
        Assert.Equal(CreditStatus.Normal, (await app.CreditOrgAsync(code)).CreditStatus);
        var history = await app.CreditDbAsync(db => db.OrganizationEvents.IgnoreQueryFilters().Where(e => e.Reference == entry.Number).ToListAsync());
        Assert.Contains(history, e => e.Kind == OrgEventKind.CreditRemoved);
        var removedTab = await (await org.GetAsync($"{Base}/entries?tab=removed")).JsonAsync();
        Assert.Contains(removedTab.GetProperty("items").EnumerateArray(), e => e.GetProperty("number").GetString() == entry.Number);
    }

    [Fact]
    public async Task Leaving_the_serious_list_needs_the_minimum_period_the_registrar_and_then_a_different_approver()
    {
        var code = Code(10);
        var npo = await app.ClientForAsync("city.npo");
        var listed = await npo.CreditManualAsync(code, "FraudulentChange", Today);
        var id = listed.GetProperty("id").GetGuid();
        var request = await npo.CreditPostAsync($"/entries/{id}/proof", new { @fixed = "已纠正登记事项", proof = "撤销变更登记后已按原登记事项恢复，并提交情况说明。" }, HttpStatusCode.Created);
        var removalId = request.GetProperty("id").GetGuid();
        var early = await npo.PostAsJsonAsync($"{Base}/removals/{removalId}/verify", new { accept = true });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("最早可于", await early.Content.ReadAsStringAsync());

        await app.CreditDbAsync(async db => (await db.CreditEntries.IgnoreQueryFilters().FirstAsync(e => e.Id == id)).PeriodStart = Today.AddYears(-3));
        var verified = await npo.CreditPostAsync($"/removals/{removalId}/verify", new { accept = true, note = "材料属实" });
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        Assert.Null(Assert.Single(await app.CreditEntriesOfAsync(code)).RemovedOn);
        await npo.CreditPostAsync($"/removals/{removalId}/approve", new { accept = true }, HttpStatusCode.Forbidden);

        var approved = await (await app.ClientForAsync("city.officer")).CreditPostAsync($"/removals/{removalId}/approve", new { accept = true, note = "同意" });
        Assert.Equal("Removed", approved.GetProperty("status").GetString());
        Assert.Equal("city.officer", approved.GetProperty("decidedBy").GetString());
        Assert.NotNull(Assert.Single(await app.CreditEntriesOfAsync(code)).RemovedOn);
        Assert.Equal(CreditStatus.Normal, (await app.CreditOrgAsync(code)).CreditStatus);
    }

    [Fact]
    public async Task A_new_serious_fact_restarts_the_period_of_the_open_serious_entry()
    {
        var code = Code(11);
        var npo = await app.ClientForAsync("city.npo");
        var first = await npo.CreditManualAsync(code, "FraudulentChange", Today.AddDays(-1));
        var id = first.GetProperty("id").GetGuid();
        await app.CreditDbAsync(async db => (await db.CreditEntries.IgnoreQueryFilters().FirstAsync(e => e.Id == id)).PeriodStart = Today.AddYears(-1));

        await npo.CreditManualAsync(code, "DishonestDebtor", Today);

        var restarted = Assert.Single(await app.CreditEntriesOfAsync(code), e => e.Id == id);
        Assert.Equal(Today, restarted.PeriodStart);
        Assert.Equal(1, restarted.Restarts);
        Assert.Contains("重新起算", restarted.RuleNote);
        var detail = await (await npo.GetAsync($"{Base}/entries/{id}")).JsonAsync();
        Assert.Equal(Today.AddYears(2).ToString("yyyy-MM-dd"), detail.GetProperty("seriousRemovableFrom").GetString());
    }

    [Fact]
    public async Task The_public_lookup_needs_no_login_shows_the_inspection_and_credit_status_and_no_personal_data()
    {
        var code = Code(2); // 深圳市安康慈善基金会
        var org = await app.CreditDbAsync(async db =>
        {
            var o = await db.Organizations.IgnoreQueryFilters().FirstAsync(x => x.CreditCode == code);
            (o.LastInspectionYear, o.LastInspectionResult) = (2025, InspectionResult.BasicPass);
            return o;
        });
        var anonymous = app.CreateClient();
        var r = await anonymous.GetAsync("/api/v1/public/socialorgs/lookup?q=" + Uri.EscapeDataString("安康慈善"));
        var text = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var card = (await r.JsonAsync()).GetProperty("items").EnumerateArray().Single(c => c.GetProperty("creditCode").GetString() == code);
        Assert.Equal("深圳市安康慈善基金会", card.GetProperty("name").GetString());
        Assert.Equal(2025, card.GetProperty("lastInspectionYear").GetInt32());
        Assert.Equal("基本合格", card.GetProperty("lastInspectionResult").GetString());
        Assert.Equal("正常", card.GetProperty("creditStatusName").GetString());
        Assert.Equal("深圳市民政局", card.GetProperty("authorityName").GetString());
        Assert.DoesNotContain(org.LegalRepresentative, text);
        Assert.DoesNotContain(org.Phone!, text);
        Assert.DoesNotContain(org.Address, text);

        var page = await (await anonymous.GetAsync("/m/socialorgs?q=" + Uri.EscapeDataString("安康慈善"))).Content.ReadAsStringAsync();
        Assert.Contains("深圳市安康慈善基金会", page);
        Assert.Contains("基本合格", page);
        Assert.DoesNotContain(org.LegalRepresentative, page);

        Assert.Contains("至少2个字", await (await anonymous.GetAsync("/api/v1/public/socialorgs/lookup?q=安")).FieldErrorAsync("q"));
        var many = await (await anonymous.GetAsync("/api/v1/public/socialorgs/lookup?q=" + Uri.EscapeDataString("深圳市"))).JsonAsync();
        Assert.True(many.GetProperty("items").GetArrayLength() <= 10);
        Assert.True(many.GetProperty("more").GetBoolean());

        // the demo: 客家文化研究会 was moved to the serious list by the sweep; both public lists answer without login
        var serious = await (await anonymous.GetAsync("/api/v1/public/socialorgs/lists/serious?q=" + Uri.EscapeDataString("客家文化"))).JsonAsync();
        Assert.Contains(serious.GetProperty("items").EnumerateArray(), x => x.GetProperty("reason").GetString() == "列入活动异常名录满2年");
        var abnormal = await (await anonymous.GetAsync("/api/v1/public/socialorgs/lists/abnormal")).JsonAsync();
        Assert.True(abnormal.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/public/socialorgs/lists/other")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CreditListsTestsOnSqlite(SqliteApp app) : CreditListsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CreditListsTestsOnPostgres(PostgresApp app) : CreditListsTests(app);
