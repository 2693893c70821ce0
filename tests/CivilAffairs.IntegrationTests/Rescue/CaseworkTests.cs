using System.Net;
using CivilAffairs.Contracts.Assistance;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Rescue.CasesApi;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>
/// The station's casework through the API: intake and its validation, the care rules that follow
/// the classification (rooms by sex, who may take a minor away), the stay norm and its extensions,
/// the long-stay track, closure, the 临时救助 referral and jurisdiction.
/// </summary>
public abstract class CaseworkTests(AppFixture app)
{
    [Fact]
    public async Task Intake_refuses_bad_input_with_field_errors()
    {
        var client = await app.ClientForAsync("rescue.station");
        async Task<string> ErrorAsync(object body, string field) =>
            await (await client.PostAsync($"{Base}/cases", System.Net.Http.Json.JsonContent.Create(body))).FieldErrorAsync(field);

        Assert.Contains("目测年龄", await ErrorAsync(Intake(age: null), "estimatedAge"));
        var id = Ids.New("430102", 1975);
        var wrongCheck = id[..17] + (id[17] == '1' ? '2' : '1');
        Assert.Contains("校验位", await ErrorAsync(Intake(idNumber: wrongCheck), "idNumber"));
        Assert.Contains("9位", await ErrorAsync(Intake(street: "440304"), "foundDivisionCode"));
        Assert.Contains("街道", await ErrorAsync(Intake(street: "440304999"), "foundDivisionCode"));
        Assert.Contains("性别", await ErrorAsync(Intake(sex: "Unknown"), "sex"));
        Assert.Contains("数量", await ErrorAsync(Intake(belongings: [new { item = "背包", quantity = 0 }]), "belongings[0].quantity"));
    }

    [Fact]
    public async Task Intake_numbers_the_case_suggests_the_category_and_masks_the_id()
    {
        var minor = await app.AdmitAsync(Intake(age: 15));
        Assert.Matches(@"^JZ-\d{4}-\d{6}$", minor.GetProperty("caseNumber").GetString()!);
        Assert.Equal("Registered", minor.GetProperty("status").GetString());
        Assert.Equal("Minor", minor.GetProperty("category").GetString());
        Assert.True(minor.GetProperty("vulnerable").GetBoolean());
        Assert.Equal(10, minor.GetProperty("stay").GetProperty("normDays").GetInt32());
        Assert.Contains("民政部令第24号", minor.GetProperty("stay").GetProperty("normBasis").GetString());
        Assert.Equal("手机", minor.GetProperty("belongings")[0].GetProperty("item").GetString());
        Assert.Contains(minor.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("what").GetString() == "受助登记");

        var id = Ids.Of(Sex.Female, ChinaTime.Today(TimeProvider.System).Year - 70, "430102");
        var elderly = await app.AdmitAsync(Intake(sex: "Male", age: null, idNumber: id));
        Assert.Equal("女", elderly.GetProperty("sex").GetString()); // the ID number decides the sex
        Assert.Equal("Elderly", elderly.GetProperty("category").GetString());
        Assert.Matches(@"^430102\*+\w{4}$", elderly.GetProperty("idNumber").GetString()!);
        await app.RescuePostAsync("rescue.station", $"{Base}/cases", Intake(idNumber: id), HttpStatusCode.Conflict); // already in care
        var list = await app.RescueGetAsync("rescue.station", $"{Base}/cases?q={elderly.GetProperty("caseNumber").GetString()}");
        Assert.DoesNotContain(id, list.GetRawText());
    }

    [Fact]
    public async Task A_man_is_not_put_in_a_womens_room()
    {
        var c = await app.AdmitAsync(Intake(sex: "Male"));
        var path = $"{Base}/cases/{c.GetProperty("id").GetString()}/room";
        var refused = await app.RescuePostAsync("rescue.station", path, new { roomId = await app.RoomIdAsync("B-201") }, HttpStatusCode.Conflict);
        Assert.Contains("男女分区住宿", refused.GetProperty("detail").GetString());
        var ok = await app.RescuePostAsync("rescue.station", path, new { roomId = await app.RoomIdAsync("A-104") });
        Assert.Equal("A-104", ok.GetProperty("room").GetString());
    }

    [Fact]
    public async Task A_minor_goes_only_to_relatives_while_an_adult_may_leave_alone()
    {
        var minor = await app.AdmitAsync(Intake(age: 14));
        var path = $"{Base}/cases/{minor.GetProperty("id").GetString()}";
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var refused = await app.RescuePostAsync("rescue.station", $"{path}/hand-over", new { kind = "SelfLeave", handedOverOn = today }, HttpStatusCode.Conflict);
        Assert.Contains("亲属或监护人", refused.GetProperty("detail").GetString());
        await app.RescuePostAsync("rescue.station", $"{path}/hand-over", new { kind = "SentHome", handedOverOn = today }, HttpStatusCode.Conflict);
        // the category confirmed as ordinary does not free a 14-year-old
        await app.RescuePostAsync("rescue.station", $"{path}/classification", new { category = "Ordinary" });
        await app.RescuePostAsync("rescue.station", $"{path}/hand-over", new { kind = "SelfLeave", handedOverOn = today }, HttpStatusCode.Conflict);
        var client = await app.ClientForAsync("rescue.station");
        var missing = await client.PostAsync($"{path}/hand-over", System.Net.Http.Json.JsonContent.Create(new { kind = "Relative", receiverName = "王建华", relationship = "父亲", handedOverOn = today }));
        Assert.Contains("身份证", await missing.FieldErrorAsync("receiverIdNumber"));
        var father = Ids.Of(Sex.Male, 1980, "411302");
        var returned = await app.RescuePostAsync("rescue.station", $"{path}/hand-over",
            new { kind = "Relative", receiverName = "王建华", relationship = "父亲", receiverIdNumber = father, handedOverOn = today, belongingsReturned = true });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal("Relative", returned.GetProperty("handOver").GetProperty("kind").GetString());
        Assert.DoesNotContain(father, returned.GetRawText());
        Assert.True(returned.GetProperty("belongings")[0].GetProperty("returnSigned").GetBoolean());
        var closed = await app.RescuePostAsync("rescue.station", $"{path}/close", new { reason = "已由父亲接回" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        var adult = await app.AdmitAsync(Intake(age: 35));
        var adultPath = $"{Base}/cases/{adult.GetProperty("id").GetString()}";
        var left = await app.RescuePostAsync("rescue.station", $"{adultPath}/hand-over", new { kind = "SelfLeave", handedOverOn = today });
        Assert.Equal("LeftOnOwn", left.GetProperty("status").GetString());
        // the phone was not given back yet: no closure until it is signed for
        var open = await app.RescuePostAsync("rescue.station", $"{adultPath}/close", new { reason = "自行离站" }, HttpStatusCode.Conflict);
        Assert.Contains("随身物品", open.GetProperty("detail").GetString());
        var item = left.GetProperty("belongings")[0].GetProperty("id").GetString();
        await app.RescuePostAsync("rescue.station", $"{adultPath}/belongings/{item}/return", new { signed = true });
        await app.RescuePostAsync("rescue.station", $"{adultPath}/close", new { reason = "自行离站" });
    }

    [Fact]
    public async Task An_overdue_stay_needs_an_extension_the_station_lead_approves()
    {
        var c = await app.AdmitAsync(Intake(age: 50));
        var id = c.GetProperty("id").GetString()!;
        var number = c.GetProperty("caseNumber").GetString();
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
            var row = await db.Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == Guid.Parse(id));
            row.AdmittedAtUtc = row.AdmittedAtUtc.AddDays(-14); // day 15 of a 10-day norm
            await db.SaveChangesAsync();
        }
        var listed = await app.RescueGetAsync("rescue.station", $"{Base}/cases?overdue=true&q={number}");
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(15, item.GetProperty("daysInCare").GetInt32());
        Assert.True(item.GetProperty("overdue").GetBoolean());

        var asked = await app.RescuePostAsync("rescue.station", $"{Base}/cases/{id}/extensions", new { reason = "AwaitingPickup", days = 10, note = "家属已联系" });
        var extension = asked.GetProperty("extensions")[0].GetProperty("id").GetString();
        Assert.True(asked.GetProperty("stay").GetProperty("overdue").GetBoolean(), "a requested extension does not count until approved");
        await app.RescuePostAsync("rescue.station", $"{Base}/cases/{id}/extensions/{extension}/approve", null, HttpStatusCode.Forbidden);
        var approved = await app.RescuePostAsync("rescue.lead", $"{Base}/cases/{id}/extensions/{extension}/approve", null);
        Assert.Equal(20, approved.GetProperty("stay").GetProperty("allowedDays").GetInt32());
        Assert.False(approved.GetProperty("stay").GetProperty("overdue").GetBoolean());
        Assert.Equal("rescue.lead", approved.GetProperty("extensions")[0].GetProperty("decidedBy").GetString());
        listed = await app.RescueGetAsync("rescue.station", $"{Base}/cases?overdue=true&q={number}");
        Assert.Empty(listed.GetProperty("items").EnumerateArray());
        await app.RescuePostAsync("rescue.lead", $"{Base}/cases/{id}/extensions/{extension}/approve", null, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Long_stay_is_placed_and_only_the_lead_settles_the_hukou()
    {
        var c = await app.AdmitAsync(Intake(age: 40));
        var path = $"{Base}/cases/{c.GetProperty("id").GetString()}";
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        await app.RescuePostAsync("rescue.station", $"{path}/placement", new { institution = "深圳市社会福利中心", placedOn = today }, HttpStatusCode.Conflict);
        await app.RescuePostAsync("rescue.station", $"{path}/long-stay", new { note = "寻亲无果" });
        var placed = await app.RescuePostAsync("rescue.station", $"{path}/placement", new { institution = "深圳市社会福利中心", placedOn = today });
        Assert.Equal("Placed", placed.GetProperty("status").GetString());
        await app.RescuePostAsync("rescue.station", $"{path}/hukou", new { settledOn = today }, HttpStatusCode.Forbidden);
        var settled = await app.RescuePostAsync("rescue.lead", $"{path}/hukou", new { settledOn = today, note = "落户社会福利中心集体户" });
        Assert.Equal("HukouSettled", settled.GetProperty("status").GetString());
        Assert.Equal("rescue.lead", settled.GetProperty("hukouApprovedBy").GetString());
        var closed = await app.RescuePostAsync("rescue.station", $"{path}/close", new { reason = "已落户" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var whats = closed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("what").GetString()).ToList();
        Assert.Equal(["受助登记", "转为滞留", "安置", "批准落户", "结案"], whats);
    }

    [Fact]
    public async Task Hospital_ticket_and_referral_to_temporary_assistance_are_recorded()
    {
        var c = await app.AdmitAsync(Intake(sex: "Female", age: 45));
        var id = c.GetProperty("id").GetString();
        var path = $"{Base}/cases/{id}";
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        await app.RescuePostAsync("rescue.station", $"{path}/medical", new { hospital = "深圳市人民医院", reason = "发热", sentOn = today });
        var ticket = await app.RescuePostAsync("rescue.station", $"{path}/tickets", new { destination = "长沙", mode = "Train", travelOn = today, fare = 268.5m });
        Assert.Equal(268.5m, ticket.GetProperty("tickets")[0].GetProperty("fare").GetDecimal());
        var client = await app.ClientForAsync("rescue.station");
        var bad = await client.PostAsync($"{path}/tickets", System.Net.Http.Json.JsonContent.Create(new { destination = "长沙", mode = "Rocket", travelOn = today, fare = -1 }));
        Assert.Contains("票价", await bad.FieldErrorAsync("fare"));

        var referred = await app.RescuePostAsync("rescue.station", $"{path}/assistance-referral", new { reason = "突发疾病，需返乡路费", suggestedAmount = 800 });
        var referral = referred.GetProperty("assistanceReferral");
        Assert.Equal("Pending", referral.GetProperty("status").GetString());
        var again = await app.RescuePostAsync("rescue.station", $"{path}/assistance-referral", new { reason = "突发疾病，需返乡路费", suggestedAmount = 800 });
        Assert.Equal(referral.GetProperty("caseId").GetString(), again.GetProperty("assistanceReferral").GetProperty("caseId").GetString());
        await using var scope = app.Scope();
        var found = await scope.ServiceProvider.GetRequiredService<ITemporaryAssistanceReferrals>().FindAsync(c.GetProperty("caseNumber").GetString()!);
        Assert.NotNull(found);
        Assert.Equal(referral.GetProperty("caseId").GetGuid(), found.CaseId);
    }

    [Fact]
    public async Task A_case_outside_the_jurisdiction_answers_404()
    {
        var futian = await app.AdmitAsync(Intake(street: "440304004"));
        var path = $"{Base}/cases/{futian.GetProperty("id").GetString()}";
        // nanshan.street (南头街道 审核人) holds no rescue.read at all: the role is refused first
        await app.RescueGetAsync("nanshan.street", path, HttpStatusCode.Forbidden);
        var nanshanRescue = await app.CreateUserAsync(Roles.RescueStationStaff, "440305001");
        await app.RescueGetAsync(nanshanRescue.UserName, path, HttpStatusCode.NotFound);
        await app.RescuePostAsync(nanshanRescue.UserName, $"{path}/long-stay", new { }, HttpStatusCode.NotFound);
        var list = await app.RescueGetAsync(nanshanRescue.UserName, $"{Base}/cases?q={futian.GetProperty("caseNumber").GetString()}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var refused = await (await app.ClientForAsync(nanshanRescue.UserName)).PostAsync($"{Base}/cases", System.Net.Http.Json.JsonContent.Create(Intake(street: "440304004")));
        Assert.Contains("辖区", await refused.FieldErrorAsync("foundDivisionCode"));
        // the Futian district approver reads Futian cases, not those found in Nanshan
        await app.RescueGetAsync("futian.district", path);
        var nanshan = await app.AdmitAsync(Intake(street: "440305001"));
        await app.RescueGetAsync("futian.district", $"{Base}/cases/{nanshan.GetProperty("id").GetString()}", HttpStatusCode.NotFound);
        await app.RescuePostAsync("futian.district", $"{Base}/cases", Intake(), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_demo_station_has_people_in_care_some_overdue_and_a_minor()
    {
        var list = await app.RescueGetAsync("rescue.station", $"{Base}/cases?inCare=true&pageSize=200");
        var counts = list.GetProperty("counts");
        Assert.True(counts.GetProperty("inCare").GetInt32() >= 25);
        Assert.True(counts.GetProperty("overdue").GetInt32() >= 2, list.GetRawText()[..200]);
        Assert.True(counts.GetProperty("longStay").GetInt32() >= 2);
        Assert.True(counts.GetProperty("minors").GetInt32() >= 1);
        var first = list.GetProperty("items")[0];
        Assert.True(first.GetProperty("overdue").GetBoolean(), "overdue stays come first");
        Assert.DoesNotMatch(@"\d{17}[\dX]", list.GetRawText());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseworkTestsOnSqlite(SqliteApp app) : CaseworkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseworkTestsOnPostgres(PostgresApp app) : CaseworkTests(app);
