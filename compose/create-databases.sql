-- One database per service (docs/adr/0002).
create database checkpoint;
create database reporting;
create database gateway;
