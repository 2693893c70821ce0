using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.IntegrationTests.SocialOrgs.Supervision;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsB;

/// <summary>社会组织's figures equal counts made on the module's own tables, and move with records entered through its API; on both databases.</summary>
public abstract class ViewsBSocialOrgsTests(AppFixture app)
{
    [Fact]
    public async Task The_demo_figures_of_2018_and_this_year_equal_hand_counts_of_the_module_tables()
    {
        await app.ViewsBRefreshAsync(full: true);
        foreach (var span in new[] { ViewsBSpan.Year(2018), ViewsBSpan.Year(ViewsBSpan.Today.Year) })
        {
            var expected = await CountAsync(span);
            foreach (var (key, value) in expected)
            {
                ViewsBKit.ViewsBEqual(value, await app.ViewsBCityValueAsync(key, span), $"{key} {span.Period.Label}");
            }
        }
        // the demo's 2018: 29 cases decided, 6 party–mass service centres
        Assert.Equal(29m, await app.ViewsBCityValueAsync("socialorgs.cases", ViewsBSpan.Year(2018)));
        Assert.Equal(6m, await app.ViewsBCityValueAsync("socialorgs.party.centres", ViewsBSpan.Year(2018)));
    }

    private async Task<Dictionary<string, decimal>> CountAsync(ViewsBSpan s)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Select(o => new { o.Id, o.EstablishedOn, o.EndedOn }).ToListAsync();
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().Select(c => new { c.DecidedOn, c.IllegalOrganization, c.Outcome }).ToListAsync();
        var inspections = await db.Inspections.IgnoreQueryFilters().AsNoTracking().Select(i => i.InspectedOn).ToListAsync();
        var units = await db.PartyUnits.IgnoreQueryFilters().AsNoTracking().Where(u => u.Form != null)
            .Select(u => new { u.Id, u.OrganizationId, u.Form, u.PartyOrgName, u.PartyMembers, u.EstablishedOn }).ToListAsync();
        var pilots = await db.Pilots.IgnoreQueryFilters().AsNoTracking().Select(p => p.StartedOn).ToListAsync();
        var centres = await db.PartyCentres.IgnoreQueryFilters().AsNoTracking().Select(c => c.OpenedOn).ToListAsync();

        // a joint branch serves several organizations: one party organization, from its first member's founding, standing while any member does
        var ended = orgs.ToDictionary(o => o.Id, o => o.EndedOn);
        var partyOrgs = units.Where(u => u.Form != PartyForm.Joint).Select(u => (Start: u.EstablishedOn, End: ended[u.OrganizationId], Members: u.PartyMembers))
            .Concat(units.Where(u => u.Form == PartyForm.Joint).GroupBy(u => u.PartyOrgName).Select(g => (
                Start: g.Min(u => u.EstablishedOn),
                End: g.All(u => ended[u.OrganizationId] is not null) ? g.Max(u => ended[u.OrganizationId]) : null,
                Members: g.Sum(u => u.PartyMembers))))
            .Where(p => s.Stands(p.Start, p.End)).ToList();

        return new()
        {
            ["socialorgs.registered"] = orgs.Count(o => s.Stands(o.EstablishedOn, o.EndedOn)),
            ["socialorgs.registered.new"] = orgs.Count(o => s.Has(o.EstablishedOn)),
            ["socialorgs.cases"] = cases.Count(c => s.Has(c.DecidedOn)),
            ["socialorgs.cases.illegal"] = cases.Count(c => s.Has(c.DecidedOn) && c.IllegalOrganization && c.Outcome is CaseOutcome.Ban or CaseOutcome.Dispersal),
            ["socialorgs.inspections"] = inspections.Count(s.Has),
            ["socialorgs.party.orgs"] = partyOrgs.Count,
            ["socialorgs.party.members"] = partyOrgs.Sum(p => p.Members),
            ["socialorgs.selfreg.pilots"] = pilots.Count(s.Has),
            ["socialorgs.party.centres"] = centres.Count(c => s.Stands(c, null)),
        };
    }

    [Fact]
    public async Task Two_inspections_recorded_by_the_district_move_this_months_figure_by_two_and_nanshan_cannot_see_futian()
    {
        var month = ViewsBSpan.ThisMonth();
        await app.ViewsBRefreshAsync(full: false);
        var cityBefore = await app.ViewsBCityValueAsync("socialorgs.inspections", month);
        var futianBefore = (await app.ViewsBFigureAsync("futian.district", "socialorgs.inspections", month.Period)).Value ?? 0m;

        var org = await app.SupOrgAsync("440304", "440304004");
        for (var i = 0; i < 2; i++)
        {
            await app.SupPostAsync("futian.npo", "/inspections",
                new { organizationId = org.Id, kind = "RandomCheck", inspectors = "futian.npo,zf.futian", findings = "章程执行正常", outcome = "NoIssue" }, HttpStatusCode.Created);
        }
        await app.ViewsBRefreshAsync(full: false);

        Assert.Equal(cityBefore + 2, await app.ViewsBCityValueAsync("socialorgs.inspections", month));
        Assert.Equal(futianBefore + 2, (await app.ViewsBFigureAsync("futian.district", "socialorgs.inspections", month.Period)).Value);

        await Assert.ThrowsAsync<ForbiddenException>(() => app.ViewsBFigureAsync("nanshan.street", "socialorgs.inspections", month.Period, "440304"));
        var own = await app.ViewsBFigureAsync("nanshan.street", "socialorgs.inspections", month.Period);
        Assert.Equal("440305001", own.Division);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var nanshan = (await scope.ServiceProvider.GetRequiredService<SocialOrgsDb>().Inspections.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.DivisionCode.StartsWith("440305001")).Select(x => x.InspectedOn).ToListAsync()).Count(month.Has);
        Assert.Equal((decimal)nanshan, own.Value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsBSocialOrgsTestsOnSqlite(SqliteApp app) : ViewsBSocialOrgsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsBSocialOrgsTestsOnPostgres(PostgresApp app) : ViewsBSocialOrgsTests(app);
