global using System.Net;
global using System.Net.Http.Json;
global using System.Text;
global using Federation.TestSupport;
global using Microsoft.Extensions.DependencyInjection;
