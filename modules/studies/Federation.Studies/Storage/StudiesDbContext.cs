using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.Studies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Storage;

internal sealed class StudiesDbContext(DbContextOptions<StudiesDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "studies";

    public override string ModuleId => Module;

    public DbSet<CourseSuggestion> CourseSuggestions => Set<CourseSuggestion>();

    protected override void ConfigureModel(ModelBuilder model) =>
        model.Entity<CourseSuggestion>(e => e.ToTable("course_suggestions"));
}
