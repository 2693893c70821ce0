using CivilAffairs.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCivilAffairs(builder.Configuration);

var app = builder.Build();
await app.Services.PrepareDatabaseAsync(app.Configuration);
app.UseCivilAffairs();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Entry point; partial so that WebApplicationFactory can find it.</summary>
public partial class Program;
