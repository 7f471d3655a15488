global using Federation.TestSupport;
