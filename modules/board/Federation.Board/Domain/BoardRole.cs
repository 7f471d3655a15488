using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>
/// A person's role on the board for a term: <see cref="Role"/> is <see cref="Member"/>,
/// <see cref="Substitute"/> or a board function (<see cref="BoardFunctions"/> or the association's own).
/// A term runs from the annual meeting until the next; <see cref="EndedOn"/> is set when it ends early
/// or a new election replaces it.
/// </summary>
internal sealed class BoardRole : IAssociationOwned
{
    public const string Member = "member";
    public const string Substitute = "substitute";

    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid? MemberId { get; set; }
    public string Name { get; set; } = "";
    public string Gender { get; set; } = Federation.Gender.NotStated;
    public string Role { get; set; } = Member;
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
    public DateOnly? EndedOn { get; set; }

    public bool ActiveOn(DateOnly day) =>
        From <= day && (Until is null || day <= Until) && (EndedOn is null || day < EndedOn);
}

/// <summary>
/// Someone the board marks as an elected official (förtroendevald) beyond the board itself, e.g. a
/// councillor. Together with the board's members they are the group per-person targets count
/// ("Förtroendevalda ska minst närvara på två flygbladsutdelningar per termin", Solna 2024).
/// </summary>
internal sealed class ElectedOfficial : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public string Name { get; set; } = "";
    public string Gender { get; set; } = Federation.Gender.NotStated;
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
}
