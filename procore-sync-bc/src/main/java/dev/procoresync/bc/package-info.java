/**
 * Business Central (ProjectPro) connector for procore-sync: a typed OData v4 client ({@code
 * client}), the ProjectPro records it reads and writes ({@code model}), pure mappings and
 * validations ({@code mapping}) and the seven flows of the ProjectPro Procore connector guide
 * ({@code flow}).
 */
package dev.procoresync.bc;
