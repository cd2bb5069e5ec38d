-- One database per service (docs/adr/0002).
create database checkpoint;
create database quarantine;
create database supply;
create database inspection;
create database reporting;
create database gateway;
