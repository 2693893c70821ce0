using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.ElderCare.Meals;

/// <summary>Fresh elders in the registry and enrolments through the API for the meal-aid tests.</summary>
internal static class MealsTestData
{
    private static int _seq = Random.Shared.Next(0, 300);

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>A living resident of 福田街道 (440304004) aged <paramref name="age"/>, with Shenzhen 户籍 in 福田 or from 南昌.</summary>
    public static async Task<string> NewElderAsync(AppFixture app, int age, bool shenzhenHukou = true)
    {
        var n = Interlocked.Increment(ref _seq);
        var birth = Today.AddYears(-age).AddDays(-(10 + n % 200));
        var hukou = shenzhenHukou ? "440304" : "360102";
        var id = IdNumber.Create(hukou, birth, 100 + n % 800);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        var now = DateTime.UtcNow;
        db.Persons.Add(new Person
        {
            IdNumber = id, Name = "助餐测试" + n, Sex = n % 2 == 0 ? Sex.Female : Sex.Male, BirthDate = birth, DivisionCode = "440304004",
            HukouDivisionCode = hukou, IsShenzhenHukou = shenzhenHukou, Address = "深圳市福田区测试地址", CreatedAtUtc = now, UpdatedAtUtc = now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>futian.clerk enrols the elder; returns (id, card number, group).</summary>
    public static async Task<(Guid Id, string Card, string Group)> EnrolAsync(AppFixture app, string idNumber, DateOnly? validFrom = null)
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var r = await clerk.PostAsJsonAsync("/api/v1/eldercare/meals/enrolments", new { idNumber, validFrom });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"enrolling: {(int)r.StatusCode} {text}");
        var e = JsonDocument.Parse(text).RootElement.GetProperty("enrolment");
        return (e.GetProperty("id").GetGuid(), e.GetProperty("cardNumber").GetString()!, e.GetProperty("group").GetString()!);
    }

    public static async Task<WorkingDays> CalendarAsync(AppFixture app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>().GetAsync();
    }

    /// <summary>The latest working day of the current month up to today, or today when there is none yet.</summary>
    public static async Task<DateOnly> MealDayAsync(AppFixture app)
    {
        var days = await CalendarAsync(app);
        for (var d = Today; d.Month == Today.Month; d = d.AddDays(-1))
        {
            if (days.IsWorkingDay(d))
            {
                return d;
            }
        }
        return Today;
    }

    public static async Task<DateOnly> WorkingDayInAsync(AppFixture app, DateOnly month)
    {
        var days = await CalendarAsync(app);
        var d = new DateOnly(month.Year, month.Month, 10);
        while (!days.IsWorkingDay(d))
        {
            d = d.AddDays(1);
        }
        return d;
    }

    public static MultipartFormDataContent Csv(string text, string fileName = "meals.csv")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return content;
    }
}
