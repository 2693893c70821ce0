using System.Net;
using CivilAffairs.Assistance.Data;
using CivilAffairs.IntegrationTests.Assistance.Payments;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Funeral.FuneralApi;

namespace CivilAffairs.IntegrationTests.Funeral;

/// <summary>
/// The end-to-end promise of issue 5: a funeral home in 罗湖 records the death of a 低保 member
/// living in 福田, and from the next month's payment run the household is no longer paid. The
/// notice is dispatched as the system, so the home's jurisdiction does not hide the household;
/// publishing again changes nothing.
/// </summary>
public abstract class DeathStopsAssistanceTests(AppFixture app)
{
    private const string Runs = "/api/v1/assistance/payments/runs";

    [Fact]
    public async Task Recording_a_death_at_a_funeral_home_stops_the_members_payment_from_the_next_run()
    {
        var community = PaymentTestData.NewCommunity();
        var enrolment = (await PaymentTestData.EnrolAsync(app, community, 1)).Single(); // household 0: the head alone
        string head;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            head = (await db.Enrolments.IgnoreQueryFilters().Include(e => e.Members).SingleAsync(e => e.Id == enrolment)).Members.Single().IdNumber!;
        }
        var may = await app.PostAsync("futian.district", Runs, new { month = "2020-05", divisionCode = community });
        Assert.Equal(1, may.GetProperty("households").GetInt32());

        var sz = await app.HomeIdAsync("SZ");
        var c = await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, head, "2020-05-20"), HttpStatusCode.Created);
        var notice = c.GetProperty("notices").EnumerateArray().Single();
        Assert.NotNull(notice.GetProperty("dispatchedAtUtc").GetString());
        var assistance = notice.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("module").GetString() == "assistance");
        Assert.Equal(1, assistance.GetProperty("affected").GetInt32());
        Assert.Contains("社会救助：1户减员", notice.GetProperty("summary").GetString());

        var june = await app.PostAsync("futian.district", Runs, new { month = "2020-06", divisionCode = community });
        Assert.Equal(0, june.GetProperty("households").GetInt32());
        Assert.Equal(0m, june.GetProperty("amount").GetDecimal());

        // published again (a retry, a second source): nothing changes
        var again = await app.PostAsync("funeral.home", $"{Base}/cases/{c.GetProperty("id").GetString()}/notify", null);
        Assert.Equal(0, again.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("module").GetString() == "assistance").GetProperty("affected").GetInt32());
        var july = await app.PostAsync("futian.district", Runs, new { month = "2020-07", divisionCode = community });
        Assert.Equal(0, july.GetProperty("households").GetInt32());
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            var e = await db.Enrolments.IgnoreQueryFilters().Include(x => x.Members).SingleAsync(x => x.Id == enrolment);
            Assert.Equal(new DateOnly(2020, 6, 1), e.Members.Single().LeftFrom);
            Assert.Equal(new DateOnly(2020, 6, 1), e.StoppedFrom);
            Assert.Equal(2, await db.EnrolmentEvents.IgnoreQueryFilters().CountAsync(x => x.EnrolmentId == enrolment && (x.Kind == "成员死亡减员" || x.Kind == "终止保障")));
        }
    }

    [Fact]
    public async Task A_notice_that_could_not_be_dispatched_is_kept_and_sent_by_the_retry()
    {
        var community = PaymentTestData.NewCommunity();
        var enrolment = (await PaymentTestData.EnrolAsync(app, community, 1)).Single();
        string head;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            head = (await db.Enrolments.IgnoreQueryFilters().Include(e => e.Members).SingleAsync(e => e.Id == enrolment)).Members.Single().IdNumber!;
        }
        // the outbox row as a crash between commit and dispatch leaves it
        Guid caseId;
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CivilAffairs.Platform.Identity.CurrentUserOverride>().UseSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<CivilAffairs.Funeral.Data.FuneralDb>();
            var home = await db.Homes.SingleAsync(h => h.Code == "SZ");
            var c = new CivilAffairs.Funeral.Domain.DeathCase
            {
                HomeId = home.Id, DivisionCode = home.DivisionCode, IdNumber = head, Name = "测试", HukouDivisionCode = "440304", DiedOn = new DateOnly(2020, 8, 3),
                PlaceText = "家中", DeathCertificateNumber = "Q20080001", RecordedBy = "test", RecordedAtUtc = DateTime.UtcNow,
            };
            db.Cases.Add(c);
            db.DeathNotices.Add(CivilAffairs.Funeral.Features.Deaths.DeathNotices.For(c, "funeral:test", DateTime.UtcNow));
            await db.SaveChangesAsync();
            caseId = c.Id;
        }
        var notices = app.Services.GetRequiredService<CivilAffairs.Funeral.Features.Deaths.DeathNotices>();
        Assert.True(await notices.DispatchPendingAsync(1000, default) >= 1);
        var view = await app.GetAsync("city.officer", $"{Base}/cases/{caseId}");
        Assert.Contains("社会救助：1户减员", view.GetProperty("notices")[0].GetProperty("summary").GetString());
        var sept = await app.PostAsync("futian.district", Runs, new { month = "2020-09", divisionCode = community });
        Assert.Equal(0, sept.GetProperty("households").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeathStopsAssistanceTestsOnSqlite(SqliteApp app) : DeathStopsAssistanceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeathStopsAssistanceTestsOnPostgres(PostgresApp app) : DeathStopsAssistanceTests(app);
