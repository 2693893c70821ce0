using Microsoft.AspNetCore.Identity;

namespace CivilAffairs.Platform.Identity;

/// <summary>等保 level 3: at least three of upper, lower, digit and symbol (length is set in options).</summary>
internal sealed class PasswordPolicyValidator : IPasswordValidator<StaffUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        password ??= "";
        var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return Task.FromResult(classes >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordClasses", Description = "密码须包含大写字母、小写字母、数字、符号中的至少三类" }));
    }
}

/// <summary>Chinese messages for Identity's own errors.</summary>
internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码长度至少{length}位" };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "原密码不正确" };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名 {userName} 已存在" };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "用户名只能包含字母、数字和 . _ -" };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码须包含数字" };
}
