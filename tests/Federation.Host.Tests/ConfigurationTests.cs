using Federation.Host.Composition;
using Federation.Host.Configuration;

namespace Federation.Host.Tests;

/// <summary>A configuration naming something this host does not have stops start-up and says what.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void An_unknown_module_stops_start_up_naming_the_association_and_the_module() =>
        Should.Throw<ConfigurationException>(() => FederationApp.Create([], b => b.Configuration["Associations:0:Modules:0"] = "chess"))
            .Message.ShouldStartWith("Association 'solna' enables unknown module 'chess'.");

    [Fact]
    public void An_unknown_plugin_stops_start_up_naming_the_association_and_the_plugin() =>
        Should.Throw<ConfigurationException>(() => FederationApp.Create([], b => b.Configuration["Associations:1:Plugins:0"] = "solan"))
            .Message.ShouldStartWith("Association 'alvsjo-hagersten' names unknown plugin 'solan'.");

    [Fact]
    public void The_district_names_unknown_modules_too() =>
        Should.Throw<ConfigurationException>(() => FederationApp.Create([], b => b.Configuration["District:Modules:0"] = "payroll"))
            .Message.ShouldContain("'storstockholm' enables unknown module 'payroll'");

    [Fact]
    public void Duplicate_association_ids_are_refused() =>
        Should.Throw<ConfigurationException>(() => FederationApp.Create([], b => b.Configuration["Associations:1:Id"] = "solna"))
            .Message.ShouldContain("'solna' is configured more than once");
}
