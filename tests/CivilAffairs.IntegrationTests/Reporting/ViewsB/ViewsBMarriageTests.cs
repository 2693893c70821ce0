using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.IntegrationTests.Marriage;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsB;

/// <summary>婚姻登记's figures equal counts made on the module's own tables, and move with a booking made through its API; on both databases.</summary>
public abstract class ViewsBMarriageTests(AppFixture app)
{
    [Fact]
    public async Task The_demo_figures_of_2018_and_this_year_equal_hand_counts_of_the_module_tables()
    {
        await app.ViewsBRefreshAsync(full: true);
        // sessions count once their day has come, so this year is compared through last month (whose days are all past)
        var spans = new[] { ViewsBSpan.Year(2018), ViewsBSpan.Year(ViewsBSpan.Today.Year), ViewsBSpan.ThisYearToLastMonth() }.OfType<ViewsBSpan>().ToList();
        foreach (var span in spans)
        {
            var counts = await CountAsync(span);
            foreach (var (key, value) in counts)
            {
                if (key.EndsWith(".sessions", StringComparison.Ordinal) && span.Next > ViewsBSpan.Today)
                {
                    continue;
                }
                ViewsBKit.ViewsBEqual(value, await app.ViewsBCityValueAsync(key, span), $"{key} {span.Period.Label}");
            }
        }
    }

    private async Task<Dictionary<string, decimal>> CountAsync(ViewsBSpan s)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var bookings = (await db.Appointments.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.ServiceType == ServiceType.Marriage && a.Status != AppointmentStatus.Cancelled && a.ReplacedById == null)
                .Select(a => new { a.CreatedAtUtc, a.Channel }).ToListAsync())
            .Where(a => s.Has(DateOnly.FromDateTime(ChinaTime.ToLocal(a.CreatedAtUtc)))).ToList();
        var registrations = await db.Registrations.IgnoreQueryFilters().AsNoTracking().Select(r => new { r.ServiceType, r.RegisteredOn }).ToListAsync();
        var sessions = await db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(x => !x.IsClosed).Select(x => new { x.Kind, x.Date }).ToListAsync();
        return new()
        {
            ["marriage.bookings"] = bookings.Count,
            ["marriage.bookings.online"] = bookings.Count(b => b.Channel == BookingChannel.Online),
            ["marriage.registrations"] = registrations.Count(r => r.ServiceType == ServiceType.Marriage && s.Has(r.RegisteredOn)),
            ["marriage.divorces"] = registrations.Count(r => r.ServiceType == ServiceType.Divorce && s.Has(r.RegisteredOn)),
            ["marriage.saturday.sessions"] = sessions.Count(x => x.Kind == SessionKind.Saturday && s.Has(x.Date)),
            ["marriage.holiday.sessions"] = sessions.Count(x => x.Kind is SessionKind.Holiday or SessionKind.Special && s.Has(x.Date)),
        };
    }

    [Fact]
    public async Task A_booking_made_today_moves_this_months_bookings_by_one_and_nanshan_cannot_see_futian()
    {
        var month = ViewsBSpan.ThisMonth();
        await app.ViewsBRefreshAsync(full: false);
        var before = await app.ViewsBCityValueAsync("marriage.bookings", month);
        var onlineBefore = await app.ViewsBCityValueAsync("marriage.bookings.online", month);
        var futianBefore = (await app.ViewsBFigureAsync("futian.district", "marriage.bookings", month.Period)).Value ?? 0m;

        var citizen = await app.ClientForAsync("citizen.demo");
        var session = await MarriageTestData.SessionAsync(citizen, office: "FT");
        var (man, woman) = MarriageTestData.Couple();
        Assert.Equal(HttpStatusCode.Created, (await MarriageTestData.BookAsync(citizen, session.GetProperty("id").GetGuid(), man, woman)).StatusCode);
        await app.ViewsBRefreshAsync(full: false);

        Assert.Equal(before + 1, await app.ViewsBCityValueAsync("marriage.bookings", month));
        Assert.Equal(onlineBefore + 1, await app.ViewsBCityValueAsync("marriage.bookings.online", month));
        Assert.Equal(futianBefore + 1, (await app.ViewsBFigureAsync("futian.district", "marriage.bookings", month.Period)).Value);

        await Assert.ThrowsAsync<ForbiddenException>(() => app.ViewsBFigureAsync("nanshan.street", "marriage.bookings", month.Period, "440304"));
        var own = await app.ViewsBFigureAsync("nanshan.street", "marriage.bookings", month.Period);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var nanshan = (await scope.ServiceProvider.GetRequiredService<MarriageDb>().Appointments.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.ServiceType == ServiceType.Marriage && a.Status != AppointmentStatus.Cancelled && a.ReplacedById == null
                    && a.DivisionCode.StartsWith("440305001"))
                .Select(a => a.CreatedAtUtc).ToListAsync())
            .Count(t => month.Has(DateOnly.FromDateTime(ChinaTime.ToLocal(t))));
        Assert.Equal((decimal)nanshan, own.Value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsBMarriageTestsOnSqlite(SqliteApp app) : ViewsBMarriageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsBMarriageTestsOnPostgres(PostgresApp app) : ViewsBMarriageTests(app);
