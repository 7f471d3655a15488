namespace Federation.Communications.Contracts;

/// <summary>
/// One recipient's copy of a mailing is waiting to be sent. The communications module publishes and
/// consumes it itself: each recipient's delivery is a durable message of its own, so a send that is
/// interrupted resumes, and the delivery's status commits with the message's claim, so a retried or
/// redelivered message never sends twice. Other modules have no reason to publish it.
/// </summary>
public sealed record DeliveryQueued(string AssociationId, Guid DeliveryId) : IIntegrationEvent;
