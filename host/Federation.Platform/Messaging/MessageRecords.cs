namespace Federation.Platform.Messaging;

/// <summary>An event waiting to be delivered, written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }
    public Guid MessageId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public required string AssociationId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>A message a handler has handled; its presence makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Handler { get; set; }
    public DateTime HandledAt { get; set; }
}

/// <summary>Wakes the outbox dispatcher after a commit so delivery does not wait for the next poll.</summary>
public interface IOutboxSignal
{
    void Notify();
}
