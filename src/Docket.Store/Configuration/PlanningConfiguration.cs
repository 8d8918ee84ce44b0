using Docket.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Store.Configuration;

internal sealed class SeriesPlanConfiguration : IEntityTypeConfiguration<SeriesPlan>
{
    public void Configure(EntityTypeBuilder<SeriesPlan> builder)
    {
        builder.ToTable("SeriesPlans");
        builder.HasKey(p => p.SeriesId);
        builder.Property(p => p.Cadence).HasMaxLength(600);
        builder.Property(p => p.Template).HasMaxLength(260);
        builder.Property(p => p.Location).HasMaxLength(2000);
        builder.HasOne(p => p.Series).WithOne(s => s.Plan).HasForeignKey<SeriesPlan>(p => p.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesMemberConfiguration : IEntityTypeConfiguration<SeriesMember>
{
    public void Configure(EntityTypeBuilder<SeriesMember> builder)
    {
        builder.ToTable("SeriesMembers");
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Zone).HasMaxLength(64);
        builder.HasIndex(m => new { m.SeriesId, m.Name }).IsUnique();
    }
}

internal sealed class SeriesRoleConfiguration : IEntityTypeConfiguration<SeriesRole>
{
    public void Configure(EntityTypeBuilder<SeriesRole> builder)
    {
        builder.ToTable("SeriesRoles");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => new { r.SeriesId, r.Name }).IsUnique();
    }
}

internal sealed class OccurrenceChangeConfiguration : IEntityTypeConfiguration<OccurrenceChange>
{
    public void Configure(EntityTypeBuilder<OccurrenceChange> builder)
    {
        builder.ToTable("OccurrenceChanges");
        builder.Property(c => c.Text).HasMaxLength(1000);
        builder.HasIndex(c => new { c.SeriesId, c.Date }).IsUnique();
    }
}

internal sealed class ProposedTopicConfiguration : IEntityTypeConfiguration<ProposedTopic>
{
    public void Configure(EntityTypeBuilder<ProposedTopic> builder)
    {
        builder.ToTable("ProposedTopics");
        builder.Property(t => t.Title).HasMaxLength(1000);
        builder.Property(t => t.Proposer).HasMaxLength(200);
        builder.Property(t => t.Link).HasMaxLength(2000);
        builder.HasIndex(t => new { t.SeriesId, t.PlannedMeetingId });
        builder.HasOne(t => t.Series).WithMany().HasForeignKey(t => t.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlannedMeeting>().WithMany().HasForeignKey(t => t.PlannedMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PlannedMeetingConfiguration : IEntityTypeConfiguration<PlannedMeeting>
{
    public void Configure(EntityTypeBuilder<PlannedMeeting> builder)
    {
        builder.ToTable("PlannedMeetings");
        builder.HasIndex(m => new { m.SeriesId, m.RuleDate }).IsUnique();
        builder.HasOne(m => m.Series).WithMany().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.Cascade);
        // Re-importing notes replaces their meetings: the planned one then waits to be matched again.
        builder.HasOne<Meeting>().WithMany().HasForeignKey(m => m.HeldMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}
