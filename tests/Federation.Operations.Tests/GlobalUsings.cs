global using System.Net;
global using System.Net.Http.Json;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.DependencyInjection;
global using Federation.Host.Operations;
global using Federation.TestSupport;
