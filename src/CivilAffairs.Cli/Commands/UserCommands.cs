using System.Security.Cryptography;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Cli.Commands;

/// <summary>users add: the same UserAdmin the web page uses, acting as the system (whole city).</summary>
internal static class UserCommands
{
    // no look-alikes (0/O, 1/l/I): the password is read off a screen and typed in once
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@^_";

    public static async Task<int> AddAsync(IServiceProvider services, CliArgs args, TextWriter output, CancellationToken ct)
    {
        var given = args.Option("password");
        var security = services.GetRequiredService<SecurityOptions>();
        var request = new CreateUserRequest
        {
            UserName = args.Require("user"),
            DisplayName = args.Require("name"),
            Role = args.Require("role"),
            Jurisdiction = args.Require("jurisdiction"),
            Password = given ?? GeneratePassword(Math.Max(20, security.PasswordMinLength)),
        };
        await using var scope = services.CreateAsyncScope();
        UserView user;
        try
        {
            user = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(request, ct);
        }
        catch (FieldValidationException ex) when (ex.Errors.ContainsKey("role"))
        {
            var hint = new Dictionary<string, string[]>(ex.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                ["role"] = [.. ex.Errors["role"], $"可用角色代码: {string.Join(", ", Roles.BuiltIn.Select(r => r.Code))}"],
            };
            throw new FieldValidationException(hint);
        }
        // the display name is staff data the operator just typed; it is not echoed back to logs
        await output.WriteLineAsync($"已创建账户 {user.UserName}，角色 {user.Role}（{user.RoleName}），辖区 {user.Jurisdiction} {user.JurisdictionName}");
        if (given is null)
        {
            await output.WriteLineAsync($"初始密码（只显示这一次，请安全转交）: {request.Password}");
        }
        if (user.MustChangePassword)
        {
            await output.WriteLineAsync("首次登录须修改密码");
        }
        return CliApp.Ok;
    }

    /// <summary>All four character classes, so any password policy in force accepts it.</summary>
    internal static string GeneratePassword(int length)
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new List<char>
        {
            Upper[RandomNumberGenerator.GetInt32(Upper.Length)],
            Lower[RandomNumberGenerator.GetInt32(Lower.Length)],
            Digits[RandomNumberGenerator.GetInt32(Digits.Length)],
            Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)],
        };
        chars.AddRange(RandomNumberGenerator.GetItems<char>(all, length - chars.Count));
        var array = chars.ToArray();
        RandomNumberGenerator.Shuffle<char>(array);
        return new string(array);
    }
}
