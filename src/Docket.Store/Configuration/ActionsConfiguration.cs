using Docket.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Store.Configuration;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(400);
        builder.HasIndex(a => new { a.SeriesId, a.Key });
        builder.HasIndex(a => a.Status);
        builder.HasOne(a => a.Series).WithMany().HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Mentions).WithOne(m => m.ActionItem).HasForeignKey(m => m.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Assignees).WithOne().HasForeignKey(a => a.ActionItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionMentionConfiguration : IEntityTypeConfiguration<ActionMention>
{
    public void Configure(EntityTypeBuilder<ActionMention> builder)
    {
        builder.HasIndex(m => m.MeetingId);
        builder.HasIndex(m => m.ActionItemId);
    }
}

internal sealed class ActionAssigneeConfiguration : IEntityTypeConfiguration<ActionAssignee>
{
    public void Configure(EntityTypeBuilder<ActionAssignee> builder)
    {
        builder.HasKey(a => new { a.ActionItemId, a.PersonId });
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.PersonId);
    }
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.HasIndex(e => e.MeetingId);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
