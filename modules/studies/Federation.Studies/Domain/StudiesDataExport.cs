using Federation.Platform.Modules;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Domain;

/// <summary>Studies' part of a member's data download: their sign-ups, completions, circles and course tips.</summary>
internal sealed class StudiesDataExport(MyStudies mine, StudiesDbContext db) : IMemberDataExport
{
    public string ModuleId => StudiesDbContext.Module;

    public async Task<object> Export(Guid memberId, CancellationToken cancellationToken = default)
    {
        var data = await mine.For(memberId, cancellationToken);
        var tips = await db.CourseSuggestions.AsNoTracking().Where(s => s.MemberId == memberId)
            .Select(s => new { s.Course, s.SuggestedAt }).ToListAsync(cancellationToken);
        return new { data.SignUps, data.Completions, data.Circles, CourseTips = tips };
    }
}
