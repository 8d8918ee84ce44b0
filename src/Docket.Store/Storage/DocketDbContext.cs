using Docket.Store.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Storage;

/// <summary>The store's EF Core context; providers configure it through <see cref="StoreProvider"/>.</summary>
public sealed class DocketDbContext(DbContextOptions<DocketDbContext> options)
    : IdentityUserContext<Account, int>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Series> Series => Set<Series>();

    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaEntry> Agenda => Set<AgendaEntry>();

    public DbSet<DecisionEntry> Decisions => Set<DecisionEntry>();

    public DbSet<QuestionEntry> Questions => Set<QuestionEntry>();

    public DbSet<StandupEntry> Updates => Set<StandupEntry>();

    public DbSet<Attendance> Attendance => Set<Attendance>();

    public DbSet<RoleAssignment> Roles => Set<RoleAssignment>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonAlias> Aliases => Set<PersonAlias>();

    public DbSet<ActionItem> Actions => Set<ActionItem>();

    public DbSet<ActionMention> ActionMentions => Set<ActionMention>();

    public DbSet<ActionAssignee> ActionAssignees => Set<ActionAssignee>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>The web server's Data Protection keys, so cookies and antiforgery tokens survive a restart.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // NodaTime types in the model, portable column types in both databases.
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocketDbContext).Assembly);
    }
}
