using Docket.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Docket.Store.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasOne(p => p.Team).WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Aliases).WithOne(a => a.Person).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.HasIndex(a => new { a.TeamId, a.Key }).IsUnique();
    }
}
