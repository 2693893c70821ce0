using System.Net;
using CivilAffairs.Contracts.Assistance;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Http;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Assistance.Cases.CaseTestSupport;

namespace CivilAffairs.IntegrationTests.Assistance.Temporary;

/// <summary>
/// 临时救助 through the API on 2019-01-30 (standard 1160: urgent cap 6 × = 6,960, transitional cap
/// 12 × = 13,920, street limit 3 × = 3,480), papers deadlines across the Spring Festival.
/// </summary>
public abstract class TemporaryAssistanceTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    private const string Path = "/api/v1/assistance/temporary";

    private static object Urgent(decimal amount, string? idNumber = null) => new
    {
        kind = "Urgent", applicantName = "急难户", idNumber = idNumber ?? Ids.New("440304", 1970), shenzhenHukou = true, householdSize = 3,
        divisionCode = "440304004022", reason = "住房失火，家中财物全部烧毁", amount,
    };

    [Fact]
    public async Task An_urgent_case_is_granted_first_and_its_papers_are_due_five_working_days_later_across_the_spring_festival()
    {
        var created = await PostAsync(app, "futian.clerk", Path, Urgent(3000), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Pending", created.GetProperty("status").GetString());
        Assert.Equal("Street", created.GetProperty("level").GetString());
        Assert.Equal(6960m, created.GetProperty("cap").GetDecimal());
        await PostAsync(app, "futian.clerk", $"{Path}/{id}/street-decision", new { approve = true }, HttpStatusCode.Forbidden);
        var granted = await PostAsync(app, "futian.street", $"{Path}/{id}/street-decision", new { approve = true, note = "情况紧急，先行救助" }, HttpStatusCode.OK);
        Assert.Equal("Approved", granted.GetProperty("status").GetString());
        Assert.Equal(3000m, granted.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal("2019-01-30", granted.GetProperty("decidedOn").GetString());
        // 01-31, 02-01, make-up Sat 02-02 and Sun 02-03, holiday 02-04..10, then Mon 02-11
        Assert.Equal("2019-02-11", granted.GetProperty("papersDueOn").GetString());

        var paid = await PostAsync(app, "futian.clerk", $"{Path}/{id}/payments", new { amount = 3000, note = "现金发放" }, HttpStatusCode.OK);
        Assert.Equal(3000m, paid.GetProperty("paidTotal").GetDecimal());
        var over = await PostAsync(app, "futian.clerk", $"{Path}/{id}/payments", new { amount = 1 }, HttpStatusCode.Conflict);
        Assert.Contains("超过批准金额", over.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Move(app, 12); // 2019-02-11: due today, not yet late
        try
        {
            var onTime = await GetAsync(app, "futian.clerk", $"{Path}?papersOverdue=true");
            Assert.DoesNotContain(onTime.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
            Move(app, 1); // 2019-02-12
            var late = await GetAsync(app, "futian.clerk", $"{Path}?papersOverdue=true");
            Assert.Contains(late.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id && c.GetProperty("papersOverdue").GetBoolean());
            Assert.True(late.GetProperty("papersOverdue").GetInt32() >= 1);
            var papers = await PostAsync(app, "futian.clerk", $"{Path}/{id}/papers", new { note = "户口簿、火灾证明已补交" }, HttpStatusCode.OK);
            Assert.Equal("2019-02-12", papers.GetProperty("papersReceivedOn").GetString());
            Assert.False(papers.GetProperty("papersOverdue").GetBoolean());
            var steps = papers.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
            Assert.Equal(["登记申请", "街道先行救助（批准）", "发放救助金 3,000 元（2019-01-30）", "补齐材料（逾期，时限 2019-02-11）"], steps);
        }
        finally
        {
            Move(app, -13);
        }
    }

    [Fact]
    public async Task Amounts_above_the_cap_are_refused_naming_it_and_amounts_above_the_street_limit_go_to_the_district()
    {
        var tooMuch = await (await app.ClientForAsync("futian.clerk")).PostAsync(Path, System.Net.Http.Json.JsonContent.Create(Urgent(7000)));
        var message = await tooMuch.FieldErrorAsync("amount");
        Assert.Contains("上限 6,960 元", message, StringComparison.Ordinal);
        Assert.Contains("6 倍低保标准 1,160 元", message, StringComparison.Ordinal);

        var created = await PostAsync(app, "futian.clerk", Path, new
        {
            kind = "Transitional", applicantName = "过渡户", idNumber = Ids.New("440304", 1965), shenzhenHukou = false, householdSize = 2,
            divisionCode = "440304004022", reason = "家庭成员突发重病，医疗支出大", amount = 4000,
        }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("District", created.GetProperty("level").GetString());
        var forwarded = await PostAsync(app, "futian.street", $"{Path}/{id}/street-decision", new { approve = true, note = "核实属实" }, HttpStatusCode.OK);
        Assert.Equal("AwaitingDistrict", forwarded.GetProperty("status").GetString());
        await PostAsync(app, "futian.street", $"{Path}/{id}/district-decision", new { approve = true }, HttpStatusCode.Forbidden);
        await PostAsync(app, "futian.district", $"{Path}/{id}/district-decision", new { approve = true, amount = 14000 }, HttpStatusCode.BadRequest);
        var approved = await PostAsync(app, "futian.district", $"{Path}/{id}/district-decision", new { approve = true, amount = 3800, note = "同意" }, HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(3800m, approved.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal(JsonValueKindNull, approved.GetProperty("papersDueOn").ValueKind);

        // a street may also lower the amount into its own limit and approve itself; a refusal needs reasons
        var small = await PostAsync(app, "futian.clerk", Path, Urgent(5000), HttpStatusCode.Created);
        var smallId = small.GetProperty("id").GetGuid();
        await PostAsync(app, "futian.street", $"{Path}/{smallId}/street-decision", new { approve = false }, HttpStatusCode.BadRequest);
        var lowered = await PostAsync(app, "futian.street", $"{Path}/{smallId}/street-decision", new { approve = true, amount = 3480 }, HttpStatusCode.OK);
        Assert.Equal("Approved", lowered.GetProperty("status").GetString());
        Assert.Equal("Street", lowered.GetProperty("level").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task A_person_without_papers_is_described_instead_and_Nanshan_cannot_act_on_Futian_cases()
    {
        var missing = await (await app.ClientForAsync("futian.clerk")).PostAsync(Path, System.Net.Http.Json.JsonContent.Create(new
        {
            kind = "Urgent", divisionCode = "440304004", reason = "流浪滞留", amount = 500,
        }));
        await missing.FieldErrorAsync("personDescription");
        var created = await PostAsync(app, "futian.clerk", Path, new
        {
            kind = "Urgent", personDescription = "男，约60岁，福田口岸附近发现，左手有疤", shenzhenHukou = false, divisionCode = "440304004",
            reason = "流浪滞留，身无分文", amount = 500,
        }, HttpStatusCode.Created);
        Assert.Equal("姓名不详", created.GetProperty("applicantName").GetString());
        Assert.Equal("", created.GetProperty("idNumberMasked").GetString());
        var id = created.GetProperty("id").GetGuid();

        await GetAsync(app, "nanshan.street", $"{Path}/{id}", HttpStatusCode.NotFound);
        await PostAsync(app, "nanshan.street", $"{Path}/{id}/street-decision", new { approve = true }, HttpStatusCode.NotFound);
        var nanshanList = await GetAsync(app, "nanshan.street", Path);
        Assert.DoesNotContain(nanshanList.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var outside = await (await app.ClientForAsync("nanshan.street")).PostAsync(Path, System.Net.Http.Json.JsonContent.Create(Urgent(500)));
        Assert.Contains("辖区", await outside.FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_from_the_rescue_module_opens_one_urgent_case_the_street_then_decides()
    {
        var reference = "RS-" + Guid.NewGuid().ToString("N")[..10];
        var request = new ReferralRequest(reference, null, null, "流浪乞讨人员，突发疾病需返乡路费", 800m, "440304004", "女，约45岁，深圳北站发现");
        ReferralResult first;
        await using (var scope = app.Scope())
        {
            var referrals = scope.ServiceProvider.GetRequiredService<ITemporaryAssistanceReferrals>();
            first = await referrals.ReferAsync(request);
            Assert.True(first.Created);
            Assert.Equal("Pending", first.Status);
            await Assert.ThrowsAsync<FieldValidationException>(() => referrals.ReferAsync(request with { RescueCaseRef = reference + "x", SuggestedAmount = 99999m }));
            await Assert.ThrowsAsync<FieldValidationException>(() => referrals.ReferAsync(request with { RescueCaseRef = reference + "y", Description = null }));
        }
        await using (var scope = app.Scope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<ITemporaryAssistanceReferrals>().ReferAsync(request);
            Assert.False(again.Created);
            Assert.Equal(first.CaseId, again.CaseId);
        }
        var view = await GetAsync(app, "futian.street", $"{Path}/{first.CaseId}");
        Assert.Equal("rescue", view.GetProperty("source").GetString());
        Assert.Equal("Urgent", view.GetProperty("kind").GetString());
        Assert.Equal(reference, view.GetProperty("rescueCaseRef").GetString());
        await PostAsync(app, "futian.street", $"{Path}/{first.CaseId}/street-decision", new { approve = true, note = "先行救助" }, HttpStatusCode.OK);
        await using (var scope = app.Scope())
        {
            var found = await scope.ServiceProvider.GetRequiredService<ITemporaryAssistanceReferrals>().FindAsync(reference);
            Assert.NotNull(found);
            Assert.Equal("Approved", found.Status);
            Assert.Equal(800m, found.ApprovedAmount);
        }
    }
}

public sealed class TemporaryAssistanceTestsOnSqlite(WorkflowSqliteApp app) : TemporaryAssistanceTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class TemporaryAssistanceTestsOnPostgres(WorkflowPostgresApp app) : TemporaryAssistanceTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
