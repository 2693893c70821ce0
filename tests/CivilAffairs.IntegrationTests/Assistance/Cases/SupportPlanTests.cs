using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.Assistance.Cases.CaseTestSupport;

namespace CivilAffairs.IntegrationTests.Assistance.Cases;

/// <summary>帮扶计划: goals, progress, and the district report of households and persons that reached all their goals.</summary>
public abstract class SupportPlanTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    private static object Plan(Guid enrolmentId, params object[] goals) => new
    {
        enrolmentId, responsibleWorker = "李社工", measures = "推荐至街道就业服务站；子女申请教育救助", goals,
    };

    [Fact]
    public async Task A_household_whose_goals_are_all_reached_is_counted_with_its_persons_in_the_district_report()
    {
        var reached = await EnrolAsync(app);
        var ongoing = await EnrolAsync(app);
        Move(app, 60); // 2019-03-31
        try
        {
            var plan = await PostAsync(app, "futian.clerk", "/api/v1/assistance/support-plans", Plan(reached,
                new { area = "Employment", description = "申请人实现稳定就业", target = "签订一年以上劳动合同", targetDate = "2019-06-30" },
                new { area = "Income", description = "家庭增收", target = "家庭月收入不低于3000元", targetDate = "2019-09-30" }), HttpStatusCode.Created);
            await PostAsync(app, "futian.clerk", "/api/v1/assistance/support-plans", Plan(ongoing,
                new { area = "Education", description = "子女完成学业", target = "顺利升入初中", targetDate = "2019-09-01" }), HttpStatusCode.Created);
            await PostAsync(app, "futian.clerk", "/api/v1/assistance/support-plans", Plan(ongoing,
                new { area = "Health", description = "慢病管理", target = "按时复诊", targetDate = "2019-12-31" }), HttpStatusCode.Conflict);
            var planId = plan.GetProperty("id").GetGuid();
            var goals = plan.GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("id").GetGuid()).ToList();
            Assert.Equal("Active", plan.GetProperty("status").GetString());
            Assert.Equal(3, plan.GetProperty("members").GetInt32());

            var one = await PostAsync(app, "futian.clerk", $"/api/v1/assistance/support-plans/{planId}/progress",
                new { goalId = goals[0], achieved = true, note = "已在园区物业公司就业，签订两年合同" }, HttpStatusCode.OK);
            Assert.Equal("Active", one.GetProperty("status").GetString());
            Assert.Equal(1, one.GetProperty("goalsAchieved").GetInt32());
            await PostAsync(app, "futian.clerk", $"/api/v1/assistance/support-plans/{planId}/progress",
                new { goalId = goals[1], note = "就业稳定，收入待观察" }, HttpStatusCode.OK);
            Move(app, 100); // 2019-07-09
            try
            {
                var done = await PostAsync(app, "futian.clerk", $"/api/v1/assistance/support-plans/{planId}/progress",
                    new { goalId = goals[1], achieved = true, note = "家庭月收入3200元" }, HttpStatusCode.OK);
                Assert.Equal("Achieved", done.GetProperty("status").GetString());
                Assert.Equal("2019-07-09", done.GetProperty("endedOn").GetString());
                Assert.Equal(3, done.GetProperty("progress").GetArrayLength());

                var report = await GetAsync(app, "futian.district", "/api/v1/assistance/support-plans/report?divisionCode=440304&from=2019-01-01&to=2019-12-31");
                var total = report.GetProperty("total");
                Assert.Equal(2, total.GetProperty("householdsWithPlans").GetInt32());
                Assert.Equal(6, total.GetProperty("personsWithPlans").GetInt32());
                Assert.Equal(1, total.GetProperty("householdsAchieved").GetInt32());
                Assert.Equal(3, total.GetProperty("personsAchieved").GetInt32());
                var street = Assert.Single(report.GetProperty("streets").EnumerateArray());
                Assert.Equal("440304004", street.GetProperty("divisionCode").GetString());
                Assert.Equal(1, street.GetProperty("householdsAchieved").GetInt32());

                // reached in 2019, so not in a first-half report, and the out-of-district user sees nothing
                var firstHalf = await GetAsync(app, "futian.district", "/api/v1/assistance/support-plans/report?divisionCode=440304&from=2019-01-01&to=2019-06-30");
                Assert.Equal(0, firstHalf.GetProperty("total").GetProperty("householdsAchieved").GetInt32());
                Assert.Equal(2, firstHalf.GetProperty("total").GetProperty("householdsWithPlans").GetInt32());
                var nanshan = await GetAsync(app, "nanshan.street", "/api/v1/assistance/support-plans/report?divisionCode=440304&from=2019-01-01&to=2019-12-31");
                Assert.Equal(0, nanshan.GetProperty("total").GetProperty("householdsWithPlans").GetInt32());

                var achieved = await GetAsync(app, "futian.clerk", "/api/v1/assistance/support-plans?status=Achieved");
                Assert.Contains(achieved.EnumerateArray(), p => p.GetProperty("id").GetGuid() == planId);
                Assert.DoesNotContain(achieved.EnumerateArray(), p => p.GetProperty("enrolmentId").GetGuid() == ongoing);
            }
            finally
            {
                Move(app, -100);
            }
        }
        finally
        {
            Move(app, -60);
        }
    }

    [Fact]
    public async Task A_plan_needs_goals_and_a_worker_and_other_districts_cannot_touch_it()
    {
        var id = await EnrolAsync(app);
        var bad = await (await app.ClientForAsync("futian.clerk")).PostAsync("/api/v1/assistance/support-plans",
            System.Net.Http.Json.JsonContent.Create(new { enrolmentId = id, responsibleWorker = "", measures = "x", goals = Array.Empty<object>() }));
        Assert.Contains("目标", await bad.FieldErrorAsync("goals"), StringComparison.Ordinal);
        await PostAsync(app, "nanshan.street", "/api/v1/assistance/support-plans",
            Plan(id, new { area = "Health", description = "慢病管理", target = "按时复诊", targetDate = "2019-12-31" }), HttpStatusCode.NotFound);
        await PostAsync(app, "auditor", "/api/v1/assistance/support-plans",
            Plan(id, new { area = "Health", description = "慢病管理", target = "按时复诊", targetDate = "2019-12-31" }), HttpStatusCode.Forbidden);
        var nanshanList = await GetAsync(app, "nanshan.street", "/api/v1/assistance/support-plans");
        Assert.All(nanshanList.EnumerateArray(), p => Assert.StartsWith("440305", p.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
    }
}

public sealed class SupportPlanTestsOnSqlite(WorkflowSqliteApp app) : SupportPlanTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class SupportPlanTestsOnPostgres(WorkflowPostgresApp app) : SupportPlanTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
