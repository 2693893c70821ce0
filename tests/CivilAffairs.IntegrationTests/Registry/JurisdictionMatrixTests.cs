using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Registry;

/// <summary>
/// Every demo role × every protected endpoint × a record in the caller's own jurisdiction or another's.
/// The expected answers are derived from the policy written out below, not from the product's role table.
/// </summary>
public abstract class JurisdictionMatrixTests(AppFixture app)
{
    public enum Endpoint { PersonsList, PersonGet, PersonPut, PersonRevealId, HouseholdsList, HouseholdGet, HouseholdCreate, Search, UsersList, AuditList, ParametersCreate }

    public enum Record { None, Futian, Nanshan }

    /// <summary>Allowed: 2xx (and listed). OutOfJurisdiction: 404 (or absent from a list). Forbidden: 403. Unauthenticated: 401.</summary>
    public enum Expect { Allowed, OutOfJurisdiction, Forbidden, Unauthenticated }

    private const string Institution = "institution-staff";
    private const string Anonymous = "anonymous";
    private const string FutianCommunity = "440304004022"; // 福田街道 福华社区
    private const string NanshanCommunity = "440305001001"; // 南头街道 南头城社区

    // R registry.read, W registry.write, V registry.reveal, U users.manage, A audit.read, P parameters.manage
    private static readonly (string Account, string Jurisdiction, string Permissions)[] Accounts =
    [
        ("admin", "4403", "RWVUAP"),
        ("city.officer", "4403", "RWVUP"),
        ("futian.district", "440304", "RWV"),
        ("futian.street", "440304004", "RWV"),
        ("futian.clerk", "440304004", "RWV"),
        ("nanshan.street", "440305001", "RWV"),
        ("auditor", "4403", "RA"),
        (Institution, "4403", ""),
        (Anonymous, "", ""),
    ];

    private static readonly Dictionary<Endpoint, char?> Required = new()
    {
        [Endpoint.PersonsList] = 'R', [Endpoint.PersonGet] = 'R', [Endpoint.PersonPut] = 'W', [Endpoint.PersonRevealId] = 'V',
        [Endpoint.HouseholdsList] = 'R', [Endpoint.HouseholdGet] = 'R', [Endpoint.HouseholdCreate] = 'W',
        [Endpoint.Search] = null, [Endpoint.UsersList] = 'U', [Endpoint.AuditList] = 'A', [Endpoint.ParametersCreate] = 'P',
    };

    private static readonly Endpoint[] WithoutRecord = [Endpoint.UsersList, Endpoint.AuditList, Endpoint.ParametersCreate];

    private static int _parameterDay;

    public static TheoryData<string, Endpoint, Record, Expect> Matrix
    {
        get
        {
            var data = new TheoryData<string, Endpoint, Record, Expect>();
            foreach (var (account, jurisdiction, perms) in Accounts)
            {
                foreach (var endpoint in Enum.GetValues<Endpoint>())
                {
                    Record[] records = WithoutRecord.Contains(endpoint) ? [Record.None] : [Record.Futian, Record.Nanshan];
                    foreach (var record in records)
                    {
                        data.Add(account, endpoint, record, ExpectedFor(account, jurisdiction, perms, endpoint, record));
                    }
                }
            }
            return data;
        }
    }

    private static Expect ExpectedFor(string account, string jurisdiction, string perms, Endpoint endpoint, Record record)
    {
        if (account == Anonymous)
        {
            return Expect.Unauthenticated;
        }
        if (Required[endpoint] is { } need && !perms.Contains(need, StringComparison.Ordinal))
        {
            return Expect.Forbidden;
        }
        if (record == Record.None)
        {
            return Expect.Allowed;
        }
        var inJurisdiction = (record == Record.Futian ? FutianCommunity : NanshanCommunity).StartsWith(jurisdiction, StringComparison.Ordinal);
        // the global search answers everyone, but only shows residents to those who may read the registry
        var canSee = endpoint != Endpoint.Search || perms.Contains('R', StringComparison.Ordinal);
        return inJurisdiction && canSee ? Expect.Allowed : Expect.OutOfJurisdiction;
    }

    private sealed record Target(CreatedPerson Person, Guid HouseholdId);

    private sealed record Setup(string InstitutionUser, IReadOnlyDictionary<Record, Target> Targets);

    private Task<Setup> SetupAsync() => app.OnceAsync(nameof(JurisdictionMatrixTests), async () =>
    {
        var officer = await app.ClientForAsync("city.officer");
        var targets = new Dictionary<Record, Target>();
        foreach (var (record, community) in new[] { (Record.Futian, FutianCommunity), (Record.Nanshan, NanshanCommunity) })
        {
            var person = await officer.CreatePersonAsync(community, "矩阵" + record);
            var h = await officer.PostAsJsonAsync("/api/v1/households", new { divisionCode = community, address = "矩阵路1号", headPersonId = person.Id });
            Assert.Equal(HttpStatusCode.Created, h.StatusCode);
            targets[record] = new Target(person, (await h.JsonAsync()).GetProperty("id").GetGuid());
        }
        var institution = await app.CreateUserAsync("InstitutionStaff", "4403");
        return new Setup(institution.UserName, targets);
    });

    [Theory]
    [MemberData(nameof(Matrix), MemberType = typeof(JurisdictionMatrixTests))]
    public async Task Each_account_gets_the_answer_its_permissions_and_jurisdiction_allow(string account, Endpoint endpoint, Record record, Expect expect)
    {
        var setup = await SetupAsync();
        var client = account switch
        {
            Anonymous => app.CreateClient(),
            Institution => await app.ClientForAsync(setup.InstitutionUser),
            _ => await app.ClientForAsync(account),
        };
        var target = record == Record.None ? null : setup.Targets[record];
        var (response, listed) = await CallAsync(client, endpoint, target);
        var text = await response.Content.ReadAsStringAsync();
        var because = $"{account} → {endpoint} ({record}): {(int)response.StatusCode} {text}";
        var status = response.StatusCode;
        switch (expect)
        {
            case Expect.Unauthenticated:
                Assert.True(status == HttpStatusCode.Unauthorized, because);
                break;
            case Expect.Forbidden:
                Assert.True(status == HttpStatusCode.Forbidden, because);
                break;
            case Expect.Allowed when listed is not null:
                Assert.True(status == HttpStatusCode.OK && listed(JsonDocument.Parse(text).RootElement), "expected 200 and listed — " + because);
                break;
            case Expect.OutOfJurisdiction when listed is not null:
                Assert.True(status == HttpStatusCode.OK && !listed(JsonDocument.Parse(text).RootElement), "expected 200 and not listed — " + because);
                break;
            case Expect.Allowed:
                var success = endpoint is Endpoint.HouseholdCreate or Endpoint.ParametersCreate ? HttpStatusCode.Created : HttpStatusCode.OK;
                Assert.True(status == success, because);
                if (endpoint == Endpoint.PersonRevealId)
                {
                    Assert.Equal(target!.Person.IdNumber, JsonDocument.Parse(text).RootElement.GetProperty("idNumber").GetString());
                }
                break;
            case Expect.OutOfJurisdiction when endpoint == Endpoint.HouseholdCreate:
                // a head from another jurisdiction is "not registered" for this user: a field error, not a leak
                Assert.Contains("辖区", await response.FieldErrorAsync("headPersonId"), StringComparison.Ordinal);
                break;
            case Expect.OutOfJurisdiction:
                Assert.True(status == HttpStatusCode.NotFound, because);
                Assert.DoesNotContain(target!.Person.Name, text, StringComparison.Ordinal);
                break;
        }
    }

    private async Task<(HttpResponseMessage Response, Func<JsonElement, bool>? Listed)> CallAsync(HttpClient client, Endpoint endpoint, Target? t)
    {
        var person = t?.Person;
        switch (endpoint)
        {
            case Endpoint.PersonsList:
                return (await client.GetAsync($"/api/v1/persons?q={person!.IdNumber}"),
                    body => body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == person.Id));
            case Endpoint.PersonGet:
                return (await client.GetAsync($"/api/v1/persons/{person!.Id}"), null);
            case Endpoint.PersonPut:
                return (await client.PutAsJsonAsync($"/api/v1/persons/{person!.Id}", new { idNumber = person.IdNumber, name = person.Name, divisionCode = person.DivisionCode }), null);
            case Endpoint.PersonRevealId:
                return (await client.PostAsJsonAsync($"/api/v1/persons/{person!.Id}/reveal-id", new { reason = "权限矩阵核对" }), null);
            case Endpoint.HouseholdsList:
                return (await client.GetAsync($"/api/v1/households?q={person!.IdNumber}"),
                    body => body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == t!.HouseholdId));
            case Endpoint.HouseholdGet:
                return (await client.GetAsync($"/api/v1/households/{t!.HouseholdId}"), null);
            case Endpoint.HouseholdCreate:
                // a fresh head in the record's community, so that only permission and jurisdiction decide
                var officer = await app.ClientForAsync("city.officer");
                var head = await officer.CreatePersonAsync(person!.DivisionCode);
                return (await client.PostAsJsonAsync("/api/v1/households", new { divisionCode = person.DivisionCode, address = "矩阵路2号", headPersonId = head.Id }), null);
            case Endpoint.Search:
                return (await client.GetAsync($"/api/v1/search?q={person!.IdNumber}"),
                    body => body.EnumerateArray().Any(h => h.GetProperty("href").GetString()!.EndsWith(person.Id.ToString(), StringComparison.OrdinalIgnoreCase)));
            case Endpoint.UsersList:
                return (await client.GetAsync("/api/v1/users"), null);
            case Endpoint.AuditList:
                return (await client.GetAsync("/api/v1/audit?pageSize=1"), null);
            case Endpoint.ParametersCreate:
                var validFrom = new DateOnly(2600, 1, 1).AddDays(Interlocked.Increment(ref _parameterDay));
                return (await client.PostAsJsonAsync("/api/v1/parameters", new
                {
                    key = "platform.audit.retention_days", divisionCode = "4403", value = "190", validFrom, legalBasis = "权限矩阵测试",
                }), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class JurisdictionMatrixTestsOnSqlite(SqliteApp app) : JurisdictionMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class JurisdictionMatrixTestsOnPostgres(PostgresApp app) : JurisdictionMatrixTests(app);
