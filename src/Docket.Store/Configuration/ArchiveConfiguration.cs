using Docket.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Store.Configuration;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(Slugs.MaxLength);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(Slugs.MaxLength);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => new { s.TeamId, s.Slug }).IsUnique();
        builder.HasOne(s => s.Team).WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.Property(f => f.Path).HasMaxLength(4096);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => f.Path).IsUnique();
        builder.HasOne(f => f.Series).WithMany().HasForeignKey(f => f.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Meetings).WithOne(m => m.Source).HasForeignKey(m => m.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Key).HasMaxLength(64);
        builder.Property(m => m.Title).HasMaxLength(1000);
        builder.Property(m => m.TimeZone).HasMaxLength(64);
        builder.Property(m => m.Location).HasMaxLength(2000);
        builder.Ignore(m => m.Start);
        builder.Ignore(m => m.End);
        builder.Ignore(m => m.EffectiveAccess);
        builder.HasIndex(m => new { m.SourceId, m.Key }).IsUnique();
        builder.HasIndex(m => new { m.SeriesId, m.Date });
        builder.HasOne(m => m.Series).WithMany().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Agenda).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Decisions).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Questions).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Updates).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendance).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Roles).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.ActionMentions).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaEntryConfiguration : IEntityTypeConfiguration<AgendaEntry>
{
    public void Configure(EntityTypeBuilder<AgendaEntry> builder) => builder.HasIndex(i => i.MeetingId);
}

internal sealed class DecisionEntryConfiguration : IEntityTypeConfiguration<DecisionEntry>
{
    public void Configure(EntityTypeBuilder<DecisionEntry> builder) => builder.HasIndex(i => i.MeetingId);
}

internal sealed class QuestionEntryConfiguration : IEntityTypeConfiguration<QuestionEntry>
{
    public void Configure(EntityTypeBuilder<QuestionEntry> builder) => builder.HasIndex(i => i.MeetingId);
}

internal sealed class StandupEntryConfiguration : IEntityTypeConfiguration<StandupEntry>
{
    public void Configure(EntityTypeBuilder<StandupEntry> builder)
    {
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.PersonId);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
        builder.HasIndex(a => a.PersonId);
    }
}

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.Property(r => r.Role).HasMaxLength(64);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.MeetingId);
        builder.HasIndex(r => r.PersonId);
    }
}
