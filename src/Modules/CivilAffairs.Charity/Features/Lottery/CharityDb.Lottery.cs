using CivilAffairs.Charity.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Data;

/// <summary>
/// 福彩 tables. Outlets and sales carry the outlet's street (jurisdiction filter). Months, accruals,
/// budgets and their lines are the city's and visible to all bureau staff (the fund's accounts are
/// public anyway); grants, disbursements and evaluations also to the grantee organization's own account.
/// </summary>
internal abstract partial class CharityDb
{
    public DbSet<LotteryOutlet> LotteryOutlets => Set<LotteryOutlet>();

    public DbSet<LotterySale> LotterySales => Set<LotterySale>();

    public DbSet<LotteryMonth> LotteryMonths => Set<LotteryMonth>();

    public DbSet<LotteryAccrual> LotteryAccruals => Set<LotteryAccrual>();

    public DbSet<LotteryBudget> LotteryBudgets => Set<LotteryBudget>();

    public DbSet<LotteryBudgetLine> LotteryBudgetLines => Set<LotteryBudgetLine>();

    public DbSet<LotteryGrant> LotteryGrants => Set<LotteryGrant>();

    public DbSet<LotteryDisbursement> LotteryDisbursements => Set<LotteryDisbursement>();

    public DbSet<LotteryEvaluation> LotteryEvaluations => Set<LotteryEvaluation>();

    public DbSet<LotteryIndicator> LotteryIndicators => Set<LotteryIndicator>();

    partial void ConfigureLottery(ModelBuilder b)
    {
        b.Entity<LotteryOutlet>(e =>
        {
            e.ToTable("lottery_outlets");
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.OperatorName).HasMaxLength(50);
            e.Property(x => x.OperatorPhone).HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<LotterySale>(e =>
        {
            e.ToTable("lottery_sales");
            e.Property(x => x.OutletCode).HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Game).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Amount).HasPrecision(16, 2);
            e.Property(x => x.Source).HasMaxLength(8);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            // the natural key: a re-import replaces, never duplicates
            e.HasIndex(x => new { x.OutletId, x.Month, x.Game }).IsUnique();
            e.HasIndex(x => new { x.Month, x.DivisionCode });
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<LotteryMonth>(e =>
        {
            e.ToTable("lottery_months");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
            foreach (var p in new[] { nameof(LotteryMonth.Sales), nameof(LotteryMonth.FundFromSales), nameof(LotteryMonth.UnclaimedPrizes), nameof(LotteryMonth.FundRaised), nameof(LotteryMonth.LocalFund) })
            {
                e.Property(p).HasPrecision(16, 2);
            }
            e.Property(x => x.LocalShare).HasPrecision(6, 4);
            e.Property(x => x.ParameterKey).HasMaxLength(300);
            e.Property(x => x.ClosedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Month).IsUnique();
            e.HasQueryFilter(x => OrgScope == null);
        });
        b.Entity<LotteryAccrual>(e =>
        {
            e.ToTable("lottery_accruals");
            e.Property(x => x.Game).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Sales).HasPrecision(16, 2);
            e.Property(x => x.Fund).HasPrecision(16, 2);
            e.Property(x => x.Rate).HasPrecision(6, 4);
            e.Property(x => x.RateBasis).HasMaxLength(300);
            e.HasIndex(x => new { x.MonthId, x.Game }).IsUnique();
            e.HasQueryFilter(x => OrgScope == null);
        });
        b.Entity<LotteryBudget>(e =>
        {
            e.ToTable("lottery_budgets");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.PreparedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(300);
            e.Property(x => x.FundBasis).HasPrecision(16, 2);
            e.Property(x => x.CarryOver).HasPrecision(16, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Year).IsUnique();
            e.HasQueryFilter(x => OrgScope == null);
        });
        b.Entity<LotteryBudgetLine>(e =>
        {
            e.ToTable("lottery_budget_lines");
            e.Property(x => x.Use).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Amount).HasPrecision(16, 2);
            e.Property(x => x.ProgrammeKey).HasMaxLength(40);
            e.HasIndex(x => x.BudgetId);
            e.HasQueryFilter(x => OrgScope == null);
        });
        b.Entity<LotteryGrant>(e =>
        {
            e.ToTable("lottery_grants");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.ApplicantKind).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.ApplicantName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ProjectName).HasMaxLength(100);
            e.Property(x => x.ProgrammeKey).HasMaxLength(40);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Targets).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.PreparedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(300);
            e.Property(x => x.LineRemainingBefore).HasPrecision(16, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.BudgetLineId);
            e.HasIndex(x => new { x.Year, x.Status });
            e.HasQueryFilter(x => OrgScope == null || x.CreditCode == OrgScope);
        });
        b.Entity<LotteryDisbursement>(e =>
        {
            e.ToTable("lottery_disbursements");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.GrantId);
            e.HasQueryFilter(x => OrgScope == null || x.CreditCode == OrgScope);
        });
        b.Entity<LotteryEvaluation>(e =>
        {
            e.ToTable("lottery_evaluations");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Evaluator).HasMaxLength(100);
            e.Property(x => x.Findings).HasMaxLength(2000);
            e.Property(x => x.Score).HasPrecision(5, 1);
            e.Property(x => x.Grade).HasMaxLength(4);
            e.Property(x => x.ParameterKey).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.GrantId);
            e.HasQueryFilter(x => OrgScope == null || x.CreditCode == OrgScope);
        });
        b.Entity<LotteryIndicator>(e =>
        {
            e.ToTable("lottery_indicators");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.HasIndex(x => x.EvaluationId);
            e.HasQueryFilter(x => OrgScope == null || x.CreditCode == OrgScope);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Target).HasPrecision(14, 2);
            e.Property(x => x.Actual).HasPrecision(14, 2);
            e.Property(x => x.Weight).HasPrecision(6, 2);
        });
    }
}
