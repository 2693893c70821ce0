using CivilAffairs.Charity.Domain;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Charity.Seeding;

/// <summary>The generated records: projects, donations, pledges with deliveries and spending.</summary>
internal sealed partial class CampaignsDemoSeeder
{
    private readonly List<Donation> _donations = [];

    private List<CharityProject> AddProjects(IReadOnlyList<SocialOrgRef> orgs, DateOnly today)
    {
        var list = new List<CharityProject>();
        void Add(SocialOrgRef o, string name, string field, decimal budget, DateOnly from, DateOnly? to, int target)
        {
            var p = new CharityProject
            {
                OrganizationId = o.Id, CreditCode = o.CreditCode, OrganizationName = o.Name, DivisionCode = o.DivisionCode, Name = name, Field = field,
                Budget = budget, StartsOn = from, EndsOn = to, BeneficiariesTarget = target, CreatedBy = "demo", CreatedAtUtc = _now,
            };
            db.Projects.Add(p);
            list.Add(p);
        }
        foreach (var o in orgs)
        {
            if (o.CreditCode == Foundation)
            {
                Add(o, "河源山区儿童助学计划", "助学", 3_000_000m, new(2018, 6, 1), new(2019, 12, 31), 1200);
                Add(o, "岁末暖心·困难长者冬季慰问", "助老", 1_500_000m, today.AddDays(-28), today.AddDays(90), 3000);
            }
            else if (o.CreditCode == Association)
            {
                Add(o, "独居长者关爱探访", "助老", 400_000m, today.AddMonths(-10), null, 600);
            }
            else
            {
                Add(o, "汕尾对口帮扶扶贫济困项目", "扶贫济困", 5_000_000m, new(2018, 6, 1), new(2019, 6, 30), 5000);
            }
        }
        return list;
    }

    private void GenerateDonations(Campaign c, IReadOnlyList<SocialOrgRef> orgs, IReadOnlyList<CharityProject> projects, DateOnly from, int days, int largeGifts)
    {
        // large company gifts carry the totals; many smaller company, individual and anonymous gifts follow
        for (var i = 0; i < largeGifts; i++)
        {
            var (name, code) = Company();
            AddDonation(c, orgs[_rng.Next(orgs.Count)], projects, DonorKind.Organization, name, code, Money(8_000_000, 32_000_000, 100_000), from.AddDays(_rng.Next(days + 1)),
                namePublicly: _rng.Next(3) > 0);
        }
        for (var i = 0; i < 70; i++)
        {
            var (name, code) = Company();
            AddDonation(c, orgs[_rng.Next(orgs.Count)], projects, DonorKind.Organization, name, i % 17 == 5 ? code[..17] + "0" : code,
                Money(50_000, 2_000_000, 10_000), from.AddDays(_rng.Next(days + 1)), namePublicly: _rng.Next(2) == 0, goods: i % 9 == 0);
        }
        for (var i = 0; i < 110; i++)
        {
            AddDonation(c, orgs[_rng.Next(orgs.Count)], projects, DonorKind.Individual, Person(), null, Money(100, 50_000, 100), from.AddDays(_rng.Next(days + 1)));
        }
        for (var i = 0; i < 25; i++)
        {
            AddDonation(c, orgs[_rng.Next(orgs.Count)], projects, DonorKind.Anonymous, null, null, Money(50, 20_000, 50), from.AddDays(_rng.Next(days + 1)));
        }
    }

    private void GenerateCurrent(Campaign c, IReadOnlyList<SocialOrgRef> orgs, IReadOnlyList<CharityProject> projects, DateOnly from, DateOnly today)
    {
        var mine = orgs.Where(o => o.CreditCode is Foundation or Association).ToList();
        if (mine.Count == 0)
        {
            mine = orgs.Take(2).ToList();
        }
        var span = Math.Max(1, today.DayNumber - from.DayNumber - 1);
        for (var i = 0; i < 36; i++)
        {
            var org = mine[i % mine.Count];
            var on = from.AddDays(_rng.Next(span + 1));
            switch (i % 4)
            {
                case 0:
                    var (name, code) = Company();
                    AddDonation(c, org, projects, DonorKind.Organization, name, code, Money(20_000, 300_000, 5_000), on, namePublicly: true, goods: i % 8 == 0);
                    break;
                case 3:
                    AddDonation(c, org, projects, DonorKind.Anonymous, null, null, Money(100, 5_000, 50), on);
                    break;
                default:
                    AddDonation(c, org, projects, DonorKind.Individual, Person(), null, Money(100, 10_000, 50), on);
                    break;
            }
        }
        // a mistaken entry corrected by reversal: the voided donation stays with its reason
        var wrong = _donations[^1];
        wrong.Status = DonationStatus.Voided;
        wrong.VoidReason = "金额录入错误，已按银行到账金额重新登记";
        wrong.VoidedBy = "demo";
        wrong.VoidedAtUtc = _now;
    }

    private void AddDonation(Campaign c, SocialOrgRef org, IReadOnlyList<CharityProject> projects, DonorKind kind, string? name, string? code, decimal amount,
        DateOnly on, bool namePublicly = false, bool goods = false)
    {
        var project = projects.Where(p => p.CreditCode == org.CreditCode && p.StartsOn <= on && (p.EndsOn == null || p.EndsOn >= on)).FirstOrDefault();
        var restricted = project is not null && _rng.Next(3) == 0;
        var problem = code is null ? CreditCodeProblem.None : CreditCode.Check(code);
        var d = new Donation
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, RecipientName = org.Name, DivisionCode = org.DivisionCode, CampaignId = c.Id, DonorKind = kind,
            DonorName = name, DonorCreditCode = code, DonorCodeWarning = problem == CreditCodeProblem.None ? null : CreditCode.Message(problem),
            NamePublicly = kind == DonorKind.Organization && namePublicly, Form = goods ? DonationForm.Goods : DonationForm.Money,
            GoodsDescription = goods ? "御寒衣物、米面粮油等慰问物资" : null, GoodsQuantity = goods ? $"{_rng.Next(50, 800)}件/箱" : null,
            ValuationBasis = goods ? "捐赠方提供的增值税发票" : null, Amount = amount, ReceivedOn = on,
            Purpose = restricted ? DonationPurpose.Restricted : DonationPurpose.Unrestricted, ProjectId = restricted ? project!.Id : null, RecordedBy = "demo",
            RecordedAtUtc = _now,
        };
        _donations.Add(d);
        db.Donations.Add(d);
    }

    /// <summary>Receipt numbers in date order per recipient and year, from the same counters live recording uses.</summary>
    private async Task AddReceiptNumbersAsync(CancellationToken ct)
    {
        foreach (var d in _donations.OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id))
        {
            d.ReceiptNumber = await numbers.NextAsync(CampaignRules.ReceiptPrefix(d.CreditCode), d.ReceivedOn.Year, ct);
        }
    }

    private void AddFairPledges(Campaign fair, DateOnly on, int count, decimal average, double deliveredShare)
    {
        for (var i = 0; i < count; i++)
        {
            var (name, code) = Company();
            var amount = decimal.Round(average * (decimal)(0.3 + (_rng.NextDouble() * 1.4)) / 1_000_000m, 0) * 1_000_000m;
            var p = new Pledge
            {
                CampaignId = fair.Id, DivisionCode = "4403", PledgerName = name, PledgerCreditCode = code,
                BeneficiaryArea = CampaignNames.BeneficiaryAreas[_rng.Next(CampaignNames.BeneficiaryAreas.Length - 1)],
                Project = i % 3 == 0 ? "产业帮扶与就业培训" : i % 3 == 1 ? "乡村学校与卫生室建设" : "困难群众临时救助",
                Amount = amount, PledgedOn = on, DueOn = on.AddDays(i % 4 == 0 ? 180 : 365), DueBasis = "认捐时约定的到位日期", RecordedBy = "demo",
                RecordedAtUtc = _now,
            };
            var roll = _rng.NextDouble();
            var share = roll < deliveredShare ? 1m : roll < deliveredShare + ((1 - deliveredShare) / 2) ? 0.4m : 0m;
            var first = decimal.Round(amount * share * 0.6m, 2);
            if (first > 0)
            {
                Deliver(p, on.AddDays(40), first, $"YH{on.Year}{i:0000}A");
                Deliver(p, on.AddDays(150), decimal.Round(amount * share, 2) - first, $"YH{on.Year}{i:0000}B");
            }
            db.Pledges.Add(p);
        }
    }

    private void Deliver(Pledge p, DateOnly on, decimal amount, string receipt)
    {
        var today = ChinaTime.Today(clock);
        if (amount <= 0 || on > today)
        {
            return;
        }
        db.PledgeDeliveries.Add(new PledgeDelivery
        {
            PledgeId = p.Id, DivisionCode = p.DivisionCode, DeliveredOn = on, Amount = amount, ReceiptRef = receipt, RecordedBy = "demo", RecordedAtUtc = _now,
        });
        p.Delivered += amount;
        p.Status = CampaignRules.StatusOf(p.Amount, p.Delivered);
    }

    private void AddSpending(IReadOnlyList<CharityProject> projects, DateOnly today)
    {
        foreach (var p in projects)
        {
            var n = _rng.Next(2, 6);
            for (var i = 0; i < n; i++)
            {
                var on = p.StartsOn.AddDays(10 + (i * 25));
                if (on > today)
                {
                    break;
                }
                db.Spending.Add(new ProjectSpending
                {
                    ProjectId = p.Id, CreditCode = p.CreditCode, DivisionCode = p.DivisionCode, SpentOn = on,
                    Amount = decimal.Round(p.Budget * (decimal)(0.05 + (_rng.NextDouble() * 0.12)), 2),
                    Purpose = p.Field switch
                    {
                        "助学" => "发放助学金及学习用品",
                        "助老" => "上门探访与慰问品采购",
                        _ => "帮扶项目资金拨付",
                    },
                    BeneficiariesReached = _rng.Next(20, 300), RecordedBy = "demo", RecordedAtUtc = _now,
                });
            }
        }
    }
}
