using System.Net;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.Assistance.Cases.CaseTestSupport;

namespace CivilAffairs.IntegrationTests.Assistance.Cases;

/// <summary>
/// 定期复核 through the API: due lists per street, Continue / Adjust / Stop with their effect on the
/// enrolment that payment runs read, and the district's say over stopping. Clock starts 2019-01-30;
/// enrolments made here start 2019-03-01 as working_age households (6-monthly: first review 2019-09-01).
/// </summary>
public abstract class ReviewTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    /// <summary>The event kinds, sorted: events written by one request share a timestamp.</summary>
    private static List<string> Kinds(JsonElement view) =>
        view.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static List<string> Sorted(params string[] kinds) => kinds.Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task A_due_household_is_listed_for_its_street_and_a_continue_with_a_new_category_reschedules_it()
    {
        var id = await EnrolAsync(app);
        var before = await GetAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}");
        Assert.Equal("working_age", before.GetProperty("category").GetString());
        Assert.Equal("2019-09-01", before.GetProperty("nextReviewOn").GetString());
        Move(app, 202); // 2019-08-20
        try
        {
            var due = await GetAsync(app, "futian.clerk", "/api/v1/assistance/reviews/due?withinDays=30");
            var row = due.GetProperty("items").EnumerateArray().Single(x => x.GetProperty("enrolmentId").GetGuid() == id);
            Assert.Equal(12, row.GetProperty("daysLeft").GetInt32());
            Assert.False(row.GetProperty("overdue").GetBoolean());
            Assert.Equal(3, row.GetProperty("members").GetInt32());
            var notYet = await GetAsync(app, "futian.clerk", "/api/v1/assistance/reviews/due?withinDays=7");
            Assert.DoesNotContain(notYet.GetProperty("items").EnumerateArray(), x => x.GetProperty("enrolmentId").GetGuid() == id);
            var nanshan = await GetAsync(app, "nanshan.street", "/api/v1/assistance/reviews/due?withinDays=366");
            Assert.DoesNotContain(nanshan.GetProperty("items").EnumerateArray(), x => x.GetProperty("enrolmentId").GetGuid() == id);
            await PostAsync(app, "nanshan.street", $"/api/v1/assistance/reviews/enrolments/{id}", new { outcome = "Continue" }, HttpStatusCode.NotFound);
            await GetAsync(app, "nanshan.street", $"/api/v1/assistance/reviews/enrolments/{id}", HttpStatusCode.NotFound);
            await PostAsync(app, "auditor", $"/api/v1/assistance/reviews/enrolments/{id}", new { outcome = "Continue" }, HttpStatusCode.Forbidden);

            var review = await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}",
                new { outcome = "Continue", category = "unstable", note = "入户核查：家庭情况无变化，收入不稳定" }, HttpStatusCode.Created);
            Assert.Equal("Done", review.GetProperty("status").GetString());
            Assert.Equal("2019-09-01", review.GetProperty("effectiveFrom").GetString());
            // unstable households are reviewed every 3 months, counted from the review
            Assert.Equal("2019-11-20", review.GetProperty("nextReviewOn").GetString());
            var after = await GetAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}");
            Assert.Equal("unstable", after.GetProperty("category").GetString());
            Assert.Equal("2019-11-20", after.GetProperty("nextReviewOn").GetString());
            Assert.Equal("Active", after.GetProperty("status").GetString());
            Assert.Equal(Sorted("纳入保障", "复核：继续保障", "调整复核类别"), Kinds(after));
            var dueNow = await GetAsync(app, "futian.clerk", "/api/v1/assistance/reviews/due?withinDays=30");
            Assert.DoesNotContain(dueNow.GetProperty("items").EnumerateArray(), x => x.GetProperty("enrolmentId").GetGuid() == id);
        }
        finally
        {
            Move(app, -202);
        }
    }

    [Fact]
    public async Task An_overdue_review_that_adjusts_incomes_and_members_recomputes_the_amount_from_next_month()
    {
        var id = await EnrolAsync(app);
        Move(app, 220); // 2019-09-07, six days past the review date
        try
        {
            var overdue = await GetAsync(app, "futian.street", "/api/v1/assistance/reviews/due?overdue=true");
            Assert.Contains(overdue.GetProperty("items").EnumerateArray(), x => x.GetProperty("enrolmentId").GetGuid() == id && x.GetProperty("overdue").GetBoolean());
            var view = await GetAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}");
            // 2019 standard 1160: (1160 × 3 − 1500) + the child's 20 % add-on 232
            Assert.Equal(2212m, view.GetProperty("monthlyBenefit").GetDecimal());
            var members = view.GetProperty("members").EnumerateArray().ToList();
            var head = members.Single(m => m.GetProperty("relation").GetString() == "02");
            var child = members.Single(m => m.GetProperty("relation").GetString() == "20");
            var spouse = members.Single(m => m.GetProperty("relation").GetString() == "10");
            await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}", new { outcome = "Adjust" }, HttpStatusCode.BadRequest);
            // earning 5,000 the household is no longer eligible: an adjustment is refused, the district must stop it
            var notEligible = await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}", new
            {
                outcome = "Adjust",
                members = new object[] { new { memberId = head.GetProperty("id").GetGuid(), relation = "02", monthlyIncome = 5000, shenzhenHukou = true } },
            }, HttpStatusCode.Conflict);
            Assert.Contains("已不符合条件", notEligible.GetProperty("detail").GetString(), StringComparison.Ordinal);
            // the spouse moved out; the head now earns 900
            var review = await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}", new
            {
                outcome = "Adjust", note = "配偶已迁出；申请人收入减少", version = view.GetProperty("version").GetInt32(),
                members = new object[]
                {
                    new { memberId = head.GetProperty("id").GetGuid(), relation = "02", monthlyIncome = 900, shenzhenHukou = true },
                    new { memberId = child.GetProperty("id").GetGuid(), relation = "20", monthlyIncome = 0, shenzhenHukou = true },
                },
            }, HttpStatusCode.Created);
            // (1160 × 2 − 900) + 232 = 1652, from October
            Assert.Equal(2212m, review.GetProperty("benefitBefore").GetDecimal());
            Assert.Equal(1652m, review.GetProperty("benefitAfter").GetDecimal());
            Assert.Equal("2019-10-01", review.GetProperty("effectiveFrom").GetString());
            Assert.Equal("2020-03-07", review.GetProperty("nextReviewOn").GetString());
            var after = await GetAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}");
            Assert.Equal(1652m, after.GetProperty("monthlyBenefit").GetDecimal());
            var left = after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == spouse.GetProperty("id").GetGuid());
            Assert.Equal("2019-10-01", left.GetProperty("leftFrom").GetString());
            var newHead = after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("relation").GetString() == "02");
            Assert.Equal(900m, newHead.GetProperty("monthlyIncome").GetDecimal());
            var adjusted = after.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "复核：调整保障金");
            Assert.Equal("2019-10-01", adjusted.GetProperty("effectiveFrom").GetString());
            // a stale version is refused
            await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{id}",
                new { outcome = "Continue", version = view.GetProperty("version").GetInt32() }, HttpStatusCode.Conflict);
        }
        finally
        {
            Move(app, -220);
        }
    }

    [Fact]
    public async Task A_street_can_only_propose_a_stop_which_the_district_confirms_and_the_district_stops_directly()
    {
        var proposed = await EnrolAsync(app);
        var direct = await EnrolAsync(app);
        await PostAsync(app, "futian.street", $"/api/v1/assistance/reviews/enrolments/{proposed}", new { outcome = "Stop" }, HttpStatusCode.BadRequest);
        var proposal = await PostAsync(app, "futian.street", $"/api/v1/assistance/reviews/enrolments/{proposed}",
            new { outcome = "Stop", note = "申请人已就业，家庭人均收入超过低保标准" }, HttpStatusCode.Created);
        Assert.Equal("Proposed", proposal.GetProperty("status").GetString());
        Assert.Equal("Active", proposal.GetProperty("enrolmentStatus").GetString());
        await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{proposed}", new { outcome = "Continue" }, HttpStatusCode.Conflict);
        var pending = await GetAsync(app, "futian.district", "/api/v1/assistance/reviews/proposals");
        Assert.Contains(pending.EnumerateArray(), p => p.GetProperty("enrolmentId").GetGuid() == proposed);
        var reviewId = proposal.GetProperty("id").GetGuid();
        await PostAsync(app, "futian.street", $"/api/v1/assistance/reviews/{reviewId}/confirm", new { approve = true }, HttpStatusCode.Forbidden);
        await PostAsync(app, "nanshan.street", $"/api/v1/assistance/reviews/{reviewId}/confirm", new { approve = true }, HttpStatusCode.Forbidden);
        var confirmed = await PostAsync(app, "futian.district", $"/api/v1/assistance/reviews/{reviewId}/confirm", new { approve = true, note = "同意停保" }, HttpStatusCode.OK);
        Assert.Equal("Done", confirmed.GetProperty("status").GetString());
        Assert.Equal("Stopped", confirmed.GetProperty("enrolmentStatus").GetString());
        var stopped = await GetAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{proposed}");
        // decided in January, but the household is paid from March: the stop applies from its first paid month
        Assert.Equal("2019-03-01", stopped.GetProperty("stoppedFrom").GetString());
        Assert.Contains("已就业", stopped.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, stopped.GetProperty("nextReviewOn").ValueKind);
        Assert.Equal(Sorted("纳入保障", "复核：建议停止保障", "复核：停止保障"), Kinds(stopped));
        await PostAsync(app, "futian.clerk", $"/api/v1/assistance/reviews/enrolments/{proposed}", new { outcome = "Continue" }, HttpStatusCode.Conflict);

        Move(app, 40); // 2019-03-11
        try
        {
            var stop = await PostAsync(app, "futian.district", $"/api/v1/assistance/reviews/enrolments/{direct}",
                new { outcome = "Stop", note = "家庭成员名下新增机动车" }, HttpStatusCode.Created);
            Assert.Equal("Done", stop.GetProperty("status").GetString());
            Assert.Equal("2019-04-01", stop.GetProperty("effectiveFrom").GetString());
            var view = await GetAsync(app, "futian.district", $"/api/v1/assistance/reviews/enrolments/{direct}");
            Assert.Equal("Stopped", view.GetProperty("status").GetString());
            Assert.Equal("2019-04-01", view.GetProperty("stoppedFrom").GetString());
            var dueList = await GetAsync(app, "futian.district", "/api/v1/assistance/reviews/due?withinDays=366");
            Assert.DoesNotContain(dueList.GetProperty("items").EnumerateArray(), x => x.GetProperty("enrolmentId").GetGuid() == direct);
        }
        finally
        {
            Move(app, -40);
        }
    }
}

public sealed class ReviewTestsOnSqlite(WorkflowSqliteApp app) : ReviewTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class ReviewTestsOnPostgres(WorkflowPostgresApp app) : ReviewTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
