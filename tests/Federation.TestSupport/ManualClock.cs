using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Federation.TestSupport;

/// <summary>A clock the test sets and moves.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>Replaces the product's <see cref="TimeProvider"/> with the test's, whoever registered it first.</summary>
public sealed class ClockOverride(TimeProvider clock) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(clock);
        return services;
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
}
