using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>The append-only, hash-chained audit log; on both databases.</summary>
public abstract class AuditChainTests(AppFixture app)
{
    [Fact]
    public async Task An_auditor_verifies_the_chain_as_intact_after_ordinary_work()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        await clerk.CreatePersonAsync("440304004022");
        var auditor = await app.ClientForAsync("auditor");
        var r = await auditor.PostAsync("/api/v1/audit/verify", null);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.JsonAsync();
        Assert.True(body.GetProperty("intact").GetBoolean(), body.ToString());
        Assert.True(body.GetProperty("rowsChecked").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("brokenAtSeq").ValueKind);
    }

    [Theory]
    [InlineData("UPDATE {0} SET summary = 'tampered' WHERE seq = 1")]
    [InlineData("DELETE FROM {0} WHERE seq = 1")]
    [InlineData("UPDATE {0} SET user_name = 'someone.else'")]
    public async Task The_database_itself_refuses_to_change_or_delete_audit_rows(string sqlTemplate)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var table = db.IsSqlite ? "platform_audit_log" : "\"platform\".\"audit_log\"";
        var before = await db.AuditLog.AsNoTracking().OrderBy(a => a.Seq).FirstAsync();
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlTemplate, table);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));
        var after = await db.AuditLog.AsNoTracking().OrderBy(a => a.Seq).FirstAsync();
        Assert.Equal((before.Seq, before.UserName, before.Summary, before.Hash), (after.Seq, after.UserName, after.Summary, after.Hash));
    }

    [Theory]
    [InlineData("futian.clerk")]
    [InlineData("city.officer")]
    public async Task Staff_without_audit_permission_cannot_read_or_verify_the_log(string account)
    {
        var client = await app.ClientForAsync(account);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/audit/verify", null)).StatusCode);
    }

    [Fact]
    public async Task Stored_rows_are_numbered_without_gaps_and_each_links_to_the_previous_hash()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        await clerk.CreatePersonAsync("440304004022");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var rows = await db.AuditLog.AsNoTracking().OrderBy(a => a.Seq).ToListAsync();
        Assert.NotEmpty(rows);
        var prev = AuditChain.Genesis;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            Assert.Equal(i + 1, r.Seq);
            Assert.Equal(prev, r.PrevHash);
            r.AtUtc = DateTime.SpecifyKind(r.AtUtc, DateTimeKind.Utc);
            Assert.Equal(r.Hash, AuditChain.ComputeHash(r));
            prev = r.Hash;
        }
    }

    [Fact]
    public async Task Concurrent_changes_by_several_clerks_still_form_one_unbroken_chain()
    {
        var futian = await app.ClientForAsync("futian.clerk");
        var nanshan = await app.ClientForAsync("nanshan.street");
        var work = Enumerable.Range(0, 12).Select(i => i % 2 == 0
            ? futian.PostAsJsonAsync("/api/v1/persons", new { idNumber = Ids.New("440304"), name = "并发甲", divisionCode = "440304004022" })
            : nanshan.PostAsJsonAsync("/api/v1/persons", new { idNumber = Ids.New("440305"), name = "并发乙", divisionCode = "440305001001" }));
        var results = await Task.WhenAll(work);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var auditor = await app.ClientForAsync("auditor");
        var verdict = await (await auditor.PostAsync("/api/v1/audit/verify", null)).JsonAsync();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task Changing_any_field_of_a_stored_row_would_no_longer_match_its_hash()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var row = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Seq).FirstAsync();
        row.AtUtc = DateTime.SpecifyKind(row.AtUtc, DateTimeKind.Utc);
        Assert.Equal(row.Hash, AuditChain.ComputeHash(row));
        var tamperings = new Action<AuditEntry>[]
        {
            e => e.Summary = (e.Summary ?? "") + " ",
            e => e.UserName = "someone.else",
            e => e.AtUtc = e.AtUtc.AddSeconds(1),
            e => e.Seq++,
            e => e.PrevHash = AuditChain.Genesis,
        };
        foreach (var tamper in tamperings)
        {
            var copy = Copy(row);
            tamper(copy);
            Assert.NotEqual(row.Hash, AuditChain.ComputeHash(copy));
        }
    }

    [Fact]
    public async Task The_audit_search_filters_by_user_and_action_newest_first()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var first = await clerk.CreatePersonAsync("440304004022");
        var second = await clerk.CreatePersonAsync("440304004022");
        var auditor = await app.ClientForAsync("auditor");
        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?userName=futian.clerk&action=create&entity=Person&pageSize=2");
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entityId").GetString()).ToList();
        Assert.Equal([second.Id.ToString(), first.Id.ToString()], ids);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("StreetClerk", i.GetProperty("role").GetString()));
    }

    private static AuditEntry Copy(AuditEntry e) => new()
    {
        Seq = e.Seq, AtUtc = e.AtUtc, UserName = e.UserName, Role = e.Role, Jurisdiction = e.Jurisdiction, Action = e.Action,
        Entity = e.Entity, EntityId = e.EntityId, Summary = e.Summary, ClientIp = e.ClientIp, PrevHash = e.PrevHash, Hash = e.Hash,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class AuditChainTestsOnSqlite(SqliteApp app) : AuditChainTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditChainTestsOnPostgres(PostgresApp app) : AuditChainTests(app)
{
    private readonly PostgresApp _postgres = app;

    [Fact]
    public async Task Truncating_the_audit_log_is_refused_too()
    {
        await using var scope = _postgres.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var count = await db.AuditLog.CountAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"platform\".\"audit_log\""));
        Assert.True(await db.AuditLog.CountAsync() >= count);
    }
}
