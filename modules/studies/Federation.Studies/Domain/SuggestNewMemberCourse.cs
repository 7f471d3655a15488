using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Studies.Storage;

namespace Federation.Studies.Domain;

/// <summary>When someone joins, tip them the district's new-member course.</summary>
internal sealed class SuggestNewMemberCourse(StudiesDbContext db) : IIntegrationEventHandler<MemberJoined>
{
    public Task Handle(MemberJoined message, CancellationToken cancellationToken)
    {
        db.CourseSuggestions.Add(new CourseSuggestion
        {
            Id = Guid.NewGuid(),
            MemberId = message.MemberId,
            Course = CourseSuggestion.NewMemberCourse,
            SuggestedAt = DateTime.UtcNow,
        });
        return Task.CompletedTask;
    }
}
