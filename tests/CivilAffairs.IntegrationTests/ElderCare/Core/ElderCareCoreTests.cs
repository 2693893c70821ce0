using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.ElderCare.Core;

/// <summary>What every elderly-care area stands on: elders read live from the registry, assistance status, provider accounts.</summary>
public abstract class ElderCareCoreTests(AppFixture app)
{
    [Fact]
    public async Task Elders_are_counted_by_district_and_age_band_and_a_street_sees_only_its_own()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("eldercare-core-test");
        var elders = scope.ServiceProvider.GetRequiredService<IElderDirectory>();
        var counts = await elders.CountAsync(today);
        var (all, total) = await elders.QueryAsync(new ElderQuery(today, Take: 1000));
        Assert.Equal(total, counts.Sum(c => c.Count));
        Assert.All(all, e => Assert.True(e.AgeOn(today) >= 60));
        // every band's count equals the people whose age falls in it
        foreach (var band in new[] { 60, 70, 80, 90, 100 })
        {
            var expected = all.Count(e => band == 100 ? e.AgeOn(today) >= 100 : e.AgeOn(today) / 10 * 10 == band);
            Assert.Equal(expected, counts.Where(c => c.AgeBand == band).Sum(c => c.Count));
        }
        var (futian, futianTotal) = await elders.QueryAsync(new ElderQuery(today, DivisionPrefix: "440304", MaxAge: 79, ShenzhenHukou: true, Take: 1000));
        Assert.True(futianTotal > 0);
        Assert.All(futian, e =>
        {
            Assert.StartsWith("440304", e.DivisionCode, StringComparison.Ordinal);
            Assert.True(e.IsShenzhenHukou);
            Assert.InRange(e.AgeOn(today), 60, 79);
        });
    }

    [Fact]
    public async Task People_turning_60_in_a_window_are_found_and_the_29_February_birthday_counts_from_1_March()
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("eldercare-core-test");
        var elders = scope.ServiceProvider.GetRequiredService<IElderDirectory>();
        var born = await elders.ShenzhenHukouBornBetweenAsync(new DateOnly(1960, 2, 28), new DateOnly(1960, 3, 1));
        var leap = Assert.Single(born, e => e.BirthDate == new DateOnly(1960, 2, 29));
        Assert.Equal(new DateOnly(2020, 2, 29), ElderInfo.Reaches(leap.BirthDate, 60));
        Assert.Equal(new DateOnly(2021, 3, 1), ElderInfo.Reaches(leap.BirthDate, 61));
        Assert.Equal(60, ElderInfo.Age(leap.BirthDate, new DateOnly(2021, 2, 28)));
        Assert.Equal(61, ElderInfo.Age(leap.BirthDate, new DateOnly(2021, 3, 1)));
    }

    [Fact]
    public async Task Assistance_status_is_known_for_enrolled_members_and_ends_when_the_enrolment_stops()
    {
        var active = Ids.New("440304", 1950);
        var stopped = Ids.New("440304", 1951);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            foreach (var (id, programme, status) in new[] { (active, Programme.ExtremePoverty, EnrolmentStatus.Active), (stopped, Programme.Mlg, EnrolmentStatus.Stopped) })
            {
                var e = new Enrolment
                {
                    Programme = programme, HeadIdNumber = id, HeadName = "长者", DivisionCode = "440304004001", Status = status,
                    EnrolFrom = new DateOnly(2018, 1, 1), StoppedFrom = status == EnrolmentStatus.Stopped ? new DateOnly(2019, 1, 1) : null,
                };
                e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, IdNumber = id, Name = "长者", Relation = "02", BirthDate = new DateOnly(1950, 1, 1), ShenzhenHukou = true });
                db.Enrolments.Add(e);
            }
            await db.SaveChangesAsync();
        }
        await using var lookupScope = app.Scope();
        var lookup = lookupScope.ServiceProvider.GetRequiredService<IAssistanceStatusLookup>();
        var now = await lookup.GetAsync([active, stopped], new DateOnly(2020, 6, 15));
        Assert.Equal(AssistanceStatus.ExtremePoverty, now[active]);
        Assert.False(now.ContainsKey(stopped));
        var then = await lookup.GetAsync([stopped], new DateOnly(2018, 12, 31));
        Assert.Equal(AssistanceStatus.Dibao, then[stopped]);
        var before = await lookup.GetAsync([active], new DateOnly(2017, 12, 31));
        Assert.Empty(before);
    }

    [Fact]
    public async Task An_institution_staff_account_is_tied_only_to_a_known_institution_in_its_jurisdiction()
    {
        var admin = await app.ClientForAsync("admin");
        object Account(string role, string jurisdiction, string? organization) =>
            new { userName = $"inst.{Guid.NewGuid():N}"[..20], displayName = "机构测试", role, jurisdiction, password = "Strong#2026x", organization };
        var ok = await admin.PostAsJsonAsync("/api/v1/users", Account("InstitutionStaff", "440304", "yl440304001"));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal("YL440304001", (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organization").GetString());
        foreach (var (body, message) in new[]
        {
            (Account("InstitutionStaff", "440304", "YL999999999"), "不存在"),
            (Account("InstitutionStaff", "440304", "YL440305001"), "不在账户辖区内"),
            (Account("StreetClerk", "440304004", "YL440304001"), "只有机构人员"),
        })
        {
            var r = await admin.PostAsJsonAsync("/api/v1/users", body);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var errors = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains(message, errors.GetProperty("organization")[0].GetString(), StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ElderCareCoreTestsOnSqlite(SqliteApp app) : ElderCareCoreTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ElderCareCoreTestsOnPostgres(PostgresApp app) : ElderCareCoreTests(app);
