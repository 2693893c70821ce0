using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>Who may do what with the lottery's accounts: role and jurisdiction, checked in the handlers.</summary>
internal sealed class LotteryAccess(ICurrentUser user)
{
    public ICurrentUser User => user;

    public bool IsCity => user.Jurisdiction is "" or "4403";

    public void Read()
    {
        if (!user.Has(Permissions.CharityRead))
        {
            throw new ForbiddenException();
        }
    }

    public void Write()
    {
        if (!user.Has(Permissions.CharityWrite))
        {
            throw new ForbiddenException("需要公益金/福彩业务经办权限（charity.write）");
        }
    }

    public void Manage()
    {
        if (!user.Has(Permissions.CharityManage))
        {
            throw new ForbiddenException("需要公益金审批权限（charity.manage）");
        }
    }

    /// <summary>The month's accounts, the fund's budget and its grants are the city's (市福彩公益金).</summary>
    public void City()
    {
        if (!IsCity)
        {
            throw new ForbiddenException("公益金预算、资助和月度结账由市民政局办理");
        }
    }

    /// <summary>Maker–checker: the one who prepared it never decides it.</summary>
    public void NotPreparer(string preparedBy, string what)
    {
        if (string.Equals(preparedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException($"不能审批本人编制的{what}（经办与审批须为不同人员）");
        }
    }
}
